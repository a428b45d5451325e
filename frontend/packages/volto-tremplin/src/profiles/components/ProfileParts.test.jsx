import { screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import PhotoGallery from './PhotoGallery';
import RecommendedBadge from './RecommendedBadge';
import VideoList from './VideoList';

const IMAGE = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/x/atelier',
  '@type': 'Image',
  title: 'Atelier de séchage',
  description: 'Les claies au soleil.',
  image_field: 'image',
  image_scales: {
    image: [
      {
        download: '@@images/image-1200-abc.jpeg',
        width: 1200,
        height: 800,
        'content-type': 'image/jpeg',
        scales: {
          preview: {
            download: '@@images/image-400-def.jpeg',
            width: 400,
            height: 266,
          },
        },
      },
    ],
  },
};

describe('PhotoGallery', () => {
  it('lists figures whose image is named by its title and links to the full image', () => {
    renderInLanguage(
      <PhotoGallery
        items={[
          IMAGE,
          {
            ...IMAGE,
            '@id': `${IMAGE['@id']}-2`,
            title: 'Équipe',
            description: '',
          },
          { '@id': 'doc', '@type': 'VerificationDocument', title: 'RCCM' },
        ]}
      />,
    );

    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const image = screen.getByRole('img', { name: 'Atelier de séchage' });
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image.getAttribute('src')).toBe(
      '/fr/entreprises/x/atelier/@@images/image-1200-abc.jpeg',
    );
    expect(
      screen.getByRole('link', { name: 'Atelier de séchage' }),
    ).toHaveAttribute(
      'href',
      '/fr/entreprises/x/atelier/@@images/image-1200-abc.jpeg',
    );
    expect(screen.getByText('Les claies au soleil.').tagName).toBe(
      'FIGCAPTION',
    );
    expect(screen.getAllByRole('figure')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'Équipe' })).toBeVisible();
    expect(screen.queryByText('RCCM')).toBeNull();
  });

  it('renders nothing without images', () => {
    const { container } = renderInLanguage(<PhotoGallery items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('VideoList', () => {
  it('embeds YouTube and Vimeo in titled, lazy frames and links the rest', () => {
    renderInLanguage(
      <VideoList
        title="Délices Tropicaux"
        urls={[
          'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          'https://vimeo.com/76979871',
          'https://video.example.org/presentation',
          // eslint-disable-next-line no-script-url -- the attack under test
          'javascript:alert(1)',
        ]}
      />,
    );

    const youtube = screen.getByTitle('Video 1 of Délices Tropicaux (YouTube)');
    expect(youtube.tagName).toBe('IFRAME');
    expect(youtube).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(youtube).toHaveAttribute('loading', 'lazy');
    expect(
      screen.getByTitle('Video 2 of Délices Tropicaux (Vimeo)'),
    ).toHaveAttribute('src', 'https://player.vimeo.com/video/76979871');
    expect(
      screen.getByRole('link', { name: 'Video 3 (video.example.org)' }),
    ).toHaveAttribute('href', 'https://video.example.org/presentation');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('RecommendedBadge', () => {
  it('says so on a featured profile only', () => {
    const { rerender } = renderInLanguage(
      <RecommendedBadge content={{ featured: true }} />,
    );
    expect(screen.getByText('Recommended by the OIF')).toBeVisible();

    rerender(<RecommendedBadge content={{ featured: false }} />);
    expect(screen.queryByText('Recommended by the OIF')).toBeNull();
  });
});
