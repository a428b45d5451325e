import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { getRegistrationVocabulary } from './actions';
import { vocabularyKey } from './reducers';
import { VOCABULARIES } from './registration';

/**
 * The choices of the details step, in the interface's language, loaded
 * once the visitor has said what she registers.
 */
export default function useRegistrationChoices(kind, language) {
  const dispatch = useDispatch();
  const vocabularies = useSelector(
    (state) => state.registrationVocabularies || {},
  );
  const fields = Object.keys(VOCABULARIES).filter((field) =>
    field.startsWith(`${kind}.`),
  );
  const stateOf = (field) =>
    vocabularies[vocabularyKey(VOCABULARIES[field], language)];
  const missing = [
    ...new Set(
      fields.filter((field) => !stateOf(field)).map((f) => VOCABULARIES[f]),
    ),
  ];
  const missingKey = missing.join(' ');

  useEffect(() => {
    missingKey
      .split(' ')
      .filter(Boolean)
      .forEach((name) =>
        dispatch(getRegistrationVocabulary(name, language)).catch(() => {}),
      );
  }, [dispatch, missingKey, language]);

  const choicesOf = (field) => stateOf(field)?.items || [];
  const titleOf = (field, token) =>
    choicesOf(field).find((term) => term.token === token)?.title || token;
  const isLoading = fields.some((field) => stateOf(field)?.loading);
  const hasFailed = fields.some((field) => stateOf(field)?.error);
  return { choicesOf, titleOf, isLoading, hasFailed };
}
