import { render, screen } from '@testing-library/react';
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
    expect(screen.getByRole('link', { name: 'The lab.' })).toHaveAttribute(
      'href',
      'https://images.example.org/a.jpg',
    );
    rerender(
      <EventMedia media={{ type: 'link', url: 'https://example.org/v', caption: 'A video.' }} />,
    );
    expect(screen.getByRole('link', { name: 'A video.' })).toHaveAttribute(
      'href',
      'https://example.org/v',
    );
  });
});
