import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from './test/renderWidget';

describe('LinkAccount keyboard use', () => {
  it('should link an account with the keyboard alone', async () => {
    const { user, onSuccess } = renderWidget();
    const next = await screen.findByRole('button', { name: 'I have my key' });
    // Tab through the guide until the continue button, then press Enter.
    while (document.activeElement !== next) await user.tab();
    await user.keyboard('{Enter}');
    // Focus lands on the step's heading; Tab reaches the region, then the key field.
    expect(screen.getByRole('heading', { name: 'Enter your Acme HR credentials' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Acme token')).toHaveFocus();
    await user.keyboard('acme_0123456789{Enter}');
    const continueButton = await screen.findByRole('button', { name: 'Continue' });
    while (document.activeElement !== continueButton) await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Confirm the connection' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Link account' })).toHaveFocus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { name: "You're all set" })).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('should toggle the key visibility with the keyboard', async () => {
    const { user } = renderWidget();
    await user.click(await screen.findByRole('button', { name: 'I have my key' }));
    const field = screen.getByLabelText('Acme token');
    field.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show Acme token' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(field).toHaveAttribute('type', 'text');
  });
});
