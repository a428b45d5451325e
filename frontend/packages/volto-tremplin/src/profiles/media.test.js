import { galleryImages, videoEmbed } from './media';

describe('videoEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
  ])('plays %s from youtube-nocookie.com', (url, id) => {
    expect(videoEmbed(url)).toEqual({
      provider: 'YouTube',
      src: `https://www.youtube-nocookie.com/embed/${id}`,
    });
  });

  it.each([
    ['https://vimeo.com/76979871', '76979871'],
    ['https://player.vimeo.com/video/76979871', '76979871'],
  ])('plays %s in the Vimeo player', (url, id) => {
    expect(videoEmbed(url)).toEqual({
      provider: 'Vimeo',
      src: `https://player.vimeo.com/video/${id}`,
    });
  });

  it.each([
    'https://video.example.org/delices-tropicaux-presentation',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://vimeo.com/channels/staffpicks',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    // eslint-disable-next-line no-script-url -- the attack under test
    'javascript:alert(1)',
    'not a url',
    null,
  ])('leaves %s as it is', (url) => {
    expect(videoEmbed(url)).toBeNull();
  });
});

describe('galleryImages', () => {
  it('keeps the images that have scales', () => {
    const image = { '@type': 'Image', image_scales: { image: [{}] } };
    expect(
      galleryImages([
        image,
        { '@type': 'Image' },
        { '@type': 'File' },
        { '@type': 'VerificationDocument' },
      ]),
    ).toEqual([image]);
    expect(galleryImages(undefined)).toEqual([]);
  });
});
