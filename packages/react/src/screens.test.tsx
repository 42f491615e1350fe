import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openForm, renderWidget, submitKey } from './test/renderWidget';

/** A ResizeObserver that reports one fixed width, as a browser would for the widget. */
function widgetWidth(width: number) {
  class FixedResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const entry = { target, contentRect: { width } };
      // Only the fields the widget reads are filled in.
      this.callback([entry as ResizeObserverEntry], this);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', FixedResizeObserver);
}

afterEach(() => vi.unstubAllGlobals());

describe('the compact guide', () => {
  it('should lead to the key field in one action from the top', async () => {
    const { user } = renderWidget();
    await screen.findByRole('heading', { name: 'How to get your key' });
    expect(screen.getByText('Already have a key?')).toBeVisible();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Paste it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByLabelText('Acme token')).toBeVisible();
  });

  it('should fold the prerequisites, and unfold them on request', async () => {
    const { user } = renderWidget();
    const summary = await screen.findByText('Before you start');
    expect(screen.getByText('Only Acme owners can make tokens.')).not.toBeVisible();
    await user.click(summary);
    expect(screen.getByText('Only Acme owners can make tokens.')).toBeVisible();
  });

  it('should open the steps one at a time, the first to begin with', async () => {
    const { user } = renderWidget();
    const first = await screen.findByRole('button', { name: /Step 1 of 2 Open Acme settings/ });
    const second = screen.getByRole('button', { name: /Step 2 of 2 Make a token/ });
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(second).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Go to Settings.')).toBeVisible();
    // A closed step renders nothing in its panel until it opens.
    expect(screen.queryByText('Select New token and copy it.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(second).toHaveAttribute('aria-expanded', 'true');
    expect(second).toHaveFocus();
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Select New token and copy it.')).toBeVisible();
    expect(screen.queryByText('Go to Settings.')).not.toBeInTheDocument();
  });

  it('given a key typed, when the person goes back to the guide and returns, should keep the key', async () => {
    const { user } = renderWidget();
    // The form is only set up once the guide is first left: from then on it stays.
    await user.type(await openForm(user), 'typed-key');
    await user.click(screen.getByRole('button', { name: 'Back to the guide' }));
    await user.click(await screen.findByRole('button', { name: 'Paste it' }));
    expect(await screen.findByLabelText('Acme token')).toHaveValue('typed-key');
  });
});

describe('the preview sample on any screen', () => {
  it('given a narrow widget, should show each user as a card with every field', async () => {
    widgetWidth(358);
    const { user } = renderWidget();
    await submitKey(user);
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const section = screen.getByRole('heading', { name: 'A few of the users' }).closest('section');
    if (!section) throw new Error('The sample has no section.');
    const cards = within(section).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const [first] = cards;
    if (!first) throw new Error('No first card.');
    for (const text of ['Name', 'Person 1', 'Email', 'person1@globex.example', 'Title']) {
      expect(within(first).getByText(text)).toBeVisible();
    }
    expect(within(first).getByText('Chief Owner')).toBeVisible();
    expect(within(first).getByText('Owner, Member')).toBeVisible();
  });

  it('given a wide widget, should show a table whose scroll box the keyboard can reach', async () => {
    widgetWidth(640);
    const { user } = renderWidget();
    await submitKey(user);
    await screen.findByRole('heading', { name: 'Here is what we found' });
    const box = screen.getByRole('region', { name: 'A few of the users' });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(within(box).getByRole('table')).toBeInTheDocument();
    expect(
      within(box)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Email', 'Title', 'Roles']);
  });
});
