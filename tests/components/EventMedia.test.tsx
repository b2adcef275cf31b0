import { fireEvent, render, screen } from '@testing-library/react';
import { EventMedia } from '../../src/components/EventMedia';
import { type Media } from '../../src/data/mediaSchema';

const image: Media & { type: 'image' } = {
  type: 'image',
  src: 'media/photo.jpg',
  alt: 'A fictional lab building at dusk.',
  caption: 'The lab.',
  credit: 'Example Photo',
  width: 1200,
  height: 800,
};

describe('EventMedia', () => {
  it('shows an image from the story’s site lazily, in a box of its size, with caption and credit', () => {
    render(<EventMedia media={image} />);
    const img = screen.getByRole('img', { name: 'A fictional lab building at dusk.' });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('width', '1200');
    expect(img).toHaveAttribute('height', '800');
    expect(screen.getByText('The lab.')).toBeInTheDocument();
    expect(screen.getByText('Example Photo')).toBeInTheDocument();
  });

  it('keeps a 3:2 box for an image without its size', () => {
    const unsized = { ...image };
    delete unsized.width;
    delete unsized.height;
    render(<EventMedia media={unsized} />);
    expect(screen.getByRole('img')).toHaveAttribute('width', '3');
  });

  it('links to an image on a site the build does not list, and to other media', () => {
    const { rerender } = render(
      <EventMedia media={{ ...image, src: 'https://images.example.org/a.jpg' }} />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Image · images.example.org')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        // jsdom drops the space a browser keeps before the hidden words.
        name: /^The lab\. ?\(opens in a new tab\)$/,
      }),
    ).toHaveAttribute('href', 'https://images.example.org/a.jpg');
    rerender(
      <EventMedia media={{ type: 'link', url: 'https://example.org/v', caption: 'A page.' }} />,
    );
    const link = screen.getByRole('link', { name: /^A page\./ });
    expect(link).toHaveAttribute('href', 'https://example.org/v');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(screen.getByText('Link · example.org')).toBeInTheDocument();
  });
});

const video: Media = {
  type: 'link',
  url: 'https://youtu.be/dQw4w9WgXcQ?t=42',
  caption: 'The hearing, from 0:42.',
  credit: 'Example TV',
};
const PLAYERS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

describe('EventMedia: a video card', () => {
  it('names its kind, caption and credit, and links to the video on YouTube', () => {
    render(<EventMedia media={video} origins={[]} />);
    expect(screen.getByText('Video · YouTube')).toBeInTheDocument();
    expect(screen.getByText('Example TV')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^The hearing, from 0:42\./ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    );
  });

  it('offers no player where the build does not list its site', () => {
    const { container } = render(
      <EventMedia media={video} origins={['https://player.vimeo.com']} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('loads the player only on a click, in the box kept for it, and moves focus to it', () => {
    const { container } = render(<EventMedia media={video} origins={PLAYERS} />);
    const button = screen.getByRole('button', { name: 'Load video from youtube-nocookie.com' });
    expect(container.querySelector('iframe')).toBeNull();
    const box = button.parentElement;
    expect(box).toHaveStyle({ aspectRatio: '16 / 9' });
    fireEvent.click(button);
    const frame = screen.getByTitle('Video · YouTube: The hearing, from 0:42.');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.parentElement).toBe(box);
    expect(frame).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
    );
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
    expect(frame).toHaveFocus();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('starts over, unloaded, for another event’s medium', () => {
    const { rerender, container } = render(<EventMedia media={video} origins={PLAYERS} />);
    fireEvent.click(screen.getByRole('button'));
    rerender(
      <EventMedia
        media={{ ...video, url: 'https://vimeo.com/76979871', caption: 'Another.' }}
        origins={PLAYERS}
      />,
    );
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('button', { name: 'Load video from player.vimeo.com' })).toBeVisible();
  });

  it.each([
    [
      'https://soundcloud.com/a/b',
      'Audio · SoundCloud',
      'Load audio from w.soundcloud.com',
      'allow-scripts allow-same-origin',
    ],
    [
      'https://www.openstreetmap.org/#map=12/52.5/13.4',
      'Map · OpenStreetMap',
      'Load map from openstreetmap.org',
      'allow-scripts allow-same-origin',
    ],
  ])('loads %s in a sandboxed frame on a click', (url, kind, load, sandbox) => {
    render(
      <EventMedia
        media={{ type: 'link', url, caption: 'It.' }}
        origins={['https://w.soundcloud.com', 'https://www.openstreetmap.org']}
      />,
    );
    expect(screen.getByText(kind)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: load }));
    expect(screen.getByTitle(`${kind}: It.`)).toHaveAttribute('sandbox', sandbox);
  });

  it('loads a listed site’s image on a click, with its alt text, in a box of its size', () => {
    render(
      <EventMedia
        media={{ ...image, src: 'https://images.example.org/a.jpg' }}
        origins={['https://images.example.org']}
      />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load image from images.example.org' }));
    const img = screen.getByRole('img', { name: 'A fictional lab building at dusk.' });
    expect(img).toHaveAttribute('src', 'https://images.example.org/a.jpg');
    expect(img.parentElement).toHaveStyle({ aspectRatio: '1200 / 800' });
    expect(img).toHaveFocus();
  });

  it('shows a thumbnail on the story’s own site in the player’s place, but none from elsewhere', () => {
    const { container, rerender } = render(
      <EventMedia media={{ ...video, thumbnail: 'media/thumb.jpg' }} origins={PLAYERS} />,
    );
    expect(container.querySelector('img')).toHaveAttribute('src', 'media/thumb.jpg');
    rerender(
      <EventMedia
        media={{ ...video, thumbnail: 'https://i.ytimg.com/vi/x/0.jpg' }}
        origins={PLAYERS}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows an address that is not on the web as words, with no link', () => {
    render(<EventMedia media={{ type: 'link', url: 'javascript:alert(1)', caption: 'Bad.' }} />);
    expect(screen.getByText('Bad.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
