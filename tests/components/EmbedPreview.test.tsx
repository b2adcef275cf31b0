import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AUTO_START_PX, EmbedPreview } from '../../src/components/EmbedPreview';
import { HEIGHT_MESSAGE_TYPE } from '../../src/embed/heightMessages';

const frame = () => screen.getByTitle<HTMLIFrameElement>('Preview: A story');

const heightMessage = (height: number, source: Window | null) =>
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: HEIGHT_MESSAGE_TYPE, height }, source }),
    );
  });

describe('EmbedPreview', () => {
  it('sizes itself from its own frame’s height messages, not from other windows’', () => {
    render(<EmbedPreview url="about:blank" title="A story" fixedHeightPx={null} />);
    expect(frame()).toHaveAttribute('height', String(AUTO_START_PX));
    heightMessage(480.2, frame().contentWindow);
    expect(frame()).toHaveAttribute('height', '481');
    heightMessage(900, window);
    expect(frame()).toHaveAttribute('height', '481');
  });

  it('keeps a fixed height', () => {
    render(<EmbedPreview url="about:blank" title="A story" fixedHeightPx={500} />);
    heightMessage(480, frame().contentWindow);
    expect(frame()).toHaveAttribute('height', '500');
  });

  it('shows the frame at the width the reader picks', async () => {
    const user = userEvent.setup();
    render(<EmbedPreview url="about:blank" title="A story" fixedHeightPx={null} />);
    expect(screen.getByRole('radio', { name: '600 px' })).toBeChecked();
    expect(frame().parentElement).toHaveStyle({ width: '600px' });
    await user.click(screen.getByRole('radio', { name: '320 px' }));
    expect(frame().parentElement).toHaveStyle({ width: '320px' });
    await user.click(screen.getByRole('radio', { name: 'Full width' }));
    expect(frame().parentElement).toHaveStyle({ width: '100%' });
  });
});
