import { useT } from '../i18n';
import { MAX_CONVENTION_LEN, MAX_LANGUAGE_LEN } from '../limits';
import { conventionOptions, LANGUAGE_PRESETS } from '../pages/Rooms';
import { Field } from './Field';

/** What a form's `field(name)` gives for one value. */
interface Binding {
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
}

/**
 * The language and convention inputs with their suggestion lists, as a room and the name
 * check both ask for them (the same presets, limits, hints and labels).
 */
export function LanguageFields({ idPrefix, language, convention }: { idPrefix: string; language: Binding; convention: Binding }) {
  const t = useT();
  return (
    <>
      <Field
        id={`${idPrefix}-language`}
        label={t('field.language')}
        name="language"
        list={`${idPrefix}-language-options`}
        autoComplete="off"
        maxLength={MAX_LANGUAGE_LEN}
        required
        hint={t('hint.language')}
        {...language}
      />
      <datalist id={`${idPrefix}-language-options`}>
        {LANGUAGE_PRESETS.map(([l]) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <Field
        id={`${idPrefix}-convention`}
        label={t('field.convention')}
        name="convention"
        list={`${idPrefix}-convention-options`}
        autoComplete="off"
        maxLength={MAX_CONVENTION_LEN}
        optional
        hint={t('hint.convention')}
        {...convention}
      />
      <datalist id={`${idPrefix}-convention-options`}>
        {conventionOptions(language.value).map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  );
}
