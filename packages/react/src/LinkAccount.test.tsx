import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkAccount } from './index';

describe('LinkAccount', () => {
  it('should render a labelled region', () => {
    render(<LinkAccount sessionToken="t" serverUrl="http://keylink.test" />);
    expect(screen.getByRole('region', { name: 'Link account' })).toBeInTheDocument();
  });
});
