import { defineMessages } from 'react-intl';

export default defineMessages({
  title: { id: 'tags.title', defaultMessage: 'Tags' },
  intro: {
    id: 'tags.intro',
    defaultMessage:
      'Tags describe profiles and feed the directory filter. Tick tags to rename them, merge them into one, or delete them. Each language has its own tags.',
  },
  language: { id: 'tags.language', defaultMessage: 'Language of the tags' },
  french: { id: 'tags.french', defaultMessage: 'French' },
  english: { id: 'tags.english', defaultMessage: 'English' },
  list: { id: 'tags.list', defaultMessage: 'Tags in use' },
  uses: {
    id: 'tags.uses',
    defaultMessage: '{count, plural, one {# item} other {# items}}',
  },
  loading: { id: 'tags.loading', defaultMessage: 'Loading the tags…' },
  loadError: {
    id: 'tags.loadError',
    defaultMessage: 'The tags could not be loaded. Try again later.',
  },
  notAllowed: {
    id: 'tags.notAllowed',
    defaultMessage: 'Only the site administrators manage the tags.',
  },
  empty: {
    id: 'tags.empty',
    defaultMessage: 'No tag is used in this language.',
  },
  selected: {
    id: 'tags.selected',
    defaultMessage:
      '{count, plural, =0 {No tag selected} one {# tag selected} other {# tags selected}}',
  },
  newTag: { id: 'tags.newTag', defaultMessage: 'New name' },
  newTagHelp: {
    id: 'tags.newTagHelp',
    defaultMessage:
      'Several ticked tags become this one tag (a merge). An existing tag may be chosen.',
  },
  rename: { id: 'tags.rename', defaultMessage: 'Rename or merge' },
  delete: { id: 'tags.delete', defaultMessage: 'Delete' },
  chooseFirst: {
    id: 'tags.chooseFirst',
    defaultMessage: 'Tick at least one tag first.',
  },
  confirmRename: {
    id: 'tags.confirmRename',
    defaultMessage:
      'Replace {tags} by “{newTag}” on every item of this language?',
  },
  confirmDelete: {
    id: 'tags.confirmDelete',
    defaultMessage: 'Remove {tags} from every item of this language?',
  },
  quoted: { id: 'tags.quoted', defaultMessage: '“{tag}”' },
  confirm: { id: 'tags.confirm', defaultMessage: 'Confirm' },
  cancel: { id: 'tags.cancel', defaultMessage: 'Cancel' },
  renamed: {
    id: 'tags.renamed',
    defaultMessage:
      'Done: {count, plural, one {# item} other {# items}} now carry “{newTag}”.',
  },
  deleted: {
    id: 'tags.deleted',
    defaultMessage:
      'Done: the tags were removed from {count, plural, one {# item} other {# items}}.',
  },
  back: { id: 'tags.back', defaultMessage: 'Back to Site Setup' },
});
