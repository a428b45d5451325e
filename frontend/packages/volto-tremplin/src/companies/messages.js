import { defineMessages } from 'react-intl';

export default defineMessages({
  logoAlt: {
    id: 'companies.logoAlt',
    defaultMessage: 'Logo of {title}',
  },
  identity: {
    id: 'companies.identity',
    defaultMessage: 'Company identity',
  },
  registration_number: {
    id: 'companies.registration_number',
    defaultMessage: 'Registration number',
  },
  country: {
    id: 'companies.country',
    defaultMessage: 'Country',
  },
  city: {
    id: 'companies.city',
    defaultMessage: 'City',
  },
  business: {
    id: 'companies.business',
    defaultMessage: 'Business',
  },
  sectors: {
    id: 'companies.sectors',
    defaultMessage: 'Business sectors',
  },
  size: {
    id: 'companies.size',
    defaultMessage: 'Company size',
  },
  turnover: {
    id: 'companies.turnover',
    defaultMessage: 'Annual turnover',
  },
  export_share: {
    id: 'companies.export_share',
    defaultMessage: 'Share of turnover from exports',
  },
  products: {
    id: 'companies.products',
    defaultMessage: 'Products and services',
  },
  product: {
    id: 'companies.product',
    defaultMessage: 'Product',
  },
  productName: {
    id: 'companies.productName',
    defaultMessage: 'Product or service',
  },
  productDescription: {
    id: 'companies.productDescription',
    defaultMessage: 'Description',
  },
  addProduct: {
    id: 'companies.addProduct',
    defaultMessage: 'Add a product',
  },
  moveProduct: {
    id: 'companies.moveProduct',
    defaultMessage: 'Move product #{number}',
  },
  mission: {
    id: 'companies.mission',
    defaultMessage: 'Mission',
  },
  addMission: {
    id: 'companies.addMission',
    defaultMessage: 'Add a mission',
  },
  moveMission: {
    id: 'companies.moveMission',
    defaultMessage: 'Move mission #{number}',
  },
  internationalisation: {
    id: 'companies.internationalisation',
    defaultMessage: 'International development',
  },
  experience_level: {
    id: 'companies.experience_level',
    defaultMessage: 'Export experience',
  },
  target_markets: {
    id: 'companies.target_markets',
    defaultMessage: 'Target markets',
  },
  goals: {
    id: 'companies.goals',
    defaultMessage: 'Internationalisation goals',
  },
  missions: {
    id: 'companies.missions',
    defaultMessage: 'Missions taken part in',
  },
  missionYear: {
    id: 'companies.missionYear',
    defaultMessage: 'Year',
  },
  missionName: {
    id: 'companies.missionName',
    defaultMessage: 'Mission',
  },
  missionDestination: {
    id: 'companies.missionDestination',
    defaultMessage: 'Destination',
  },
  media: {
    id: 'companies.media',
    defaultMessage: 'Website and documents',
  },
  website: {
    id: 'companies.website',
    defaultMessage: 'Website',
  },
  video_links: {
    id: 'companies.video_links',
    defaultMessage: 'Videos',
  },
  videoLink: {
    id: 'companies.videoLink',
    defaultMessage: 'Video {number} ({host})',
  },
  brochure: {
    id: 'companies.brochure',
    defaultMessage: 'Brochure',
  },
  brochureLink: {
    id: 'companies.brochureLink',
    defaultMessage: 'Download the brochure {filename}',
  },
  brochureLinkWithSize: {
    id: 'companies.brochureLinkWithSize',
    defaultMessage: 'Download the brochure {filename} ({size})',
  },
  kilobytes: {
    id: 'companies.kilobytes',
    defaultMessage: '{size, number} KB',
  },
  megabytes: {
    id: 'companies.megabytes',
    defaultMessage: '{size, number} MB',
  },
});
