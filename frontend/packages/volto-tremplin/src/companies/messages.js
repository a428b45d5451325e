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
  productNumber: {
    id: 'companies.productNumber',
    defaultMessage: 'Product {number}',
  },
  productName: {
    id: 'companies.productName',
    defaultMessage: 'Product or service',
  },
  productDescription: {
    id: 'companies.productDescription',
    defaultMessage: 'Description',
  },
  productHsCode: {
    id: 'companies.productHsCode',
    defaultMessage: 'HS code: {code}',
  },
  hsCode: {
    id: 'companies.hsCode',
    defaultMessage: 'HS code',
  },
  hsCodeHelp: {
    id: 'companies.hsCodeHelp',
    defaultMessage:
      'Customs code of the Harmonized System: 2, 4, 6, 8 or 10 digits, without dots (e.g. 080450).',
  },
  gallery: {
    id: 'companies.gallery',
    defaultMessage: 'Photos',
  },
  addProduct: {
    id: 'companies.addProduct',
    defaultMessage: 'Add a product',
  },
  moveProductUp: {
    id: 'companies.moveProductUp',
    defaultMessage: 'Move product {number} up',
  },
  moveProductDown: {
    id: 'companies.moveProductDown',
    defaultMessage: 'Move product {number} down',
  },
  removeProduct: {
    id: 'companies.removeProduct',
    defaultMessage: 'Remove product {number}',
  },
  productRemoved: {
    id: 'companies.productRemoved',
    defaultMessage: 'Product “{name}” removed',
  },
  missionNumber: {
    id: 'companies.missionNumber',
    defaultMessage: 'Mission {number}',
  },
  addMission: {
    id: 'companies.addMission',
    defaultMessage: 'Add a mission',
  },
  moveMissionUp: {
    id: 'companies.moveMissionUp',
    defaultMessage: 'Move mission {number} up',
  },
  moveMissionDown: {
    id: 'companies.moveMissionDown',
    defaultMessage: 'Move mission {number} down',
  },
  removeMission: {
    id: 'companies.removeMission',
    defaultMessage: 'Remove mission {number}',
  },
  missionRemoved: {
    id: 'companies.missionRemoved',
    defaultMessage: 'Mission “{name}” removed',
  },
  rowMoved: {
    id: 'companies.rowMoved',
    defaultMessage: '“{name}” is now in position {position} of {count}',
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
  verificationDocuments: {
    id: 'companies.verificationDocuments',
    defaultMessage: 'Verification documents',
  },
  verificationDocumentsPrivate: {
    id: 'companies.verificationDocumentsPrivate',
    defaultMessage:
      'Private: only your company and the OIF team (moderators and administrators) see them.',
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
