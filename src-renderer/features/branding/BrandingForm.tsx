import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding, BrandingInput } from '../../../shared/branding/branding';
import { AA_TEXT_RATIO, checkAccent, isHexColour } from '../../../shared/branding/contrast';
import { ApiCallError } from '../../api/client';
import { Field } from '../../components/Field';
import { base64OfFile, isSvgFile, pngOfSvgLogo, SvgLogoError } from './svg-logo';
import './branding.css';

/** The form's starting values from a stored branding (or none). */
export function brandingInputOf(branding: Branding | null): BrandingInput {
  return {
    firmName: branding?.firmName ?? '',
    footer: branding?.footer ?? '',
    accent: branding?.accent ?? null,
    logoBase64: branding?.logo?.base64 ?? null,
  };
}

/** A chosen logo file as the PNG the service checks: an SVG is drawn to PNG first. */
function logoBase64Of(file: File): Promise<string> {
  return isSvgFile(file) ? pngOfSvgLogo(file) : base64OfFile(file);
}

interface Props {
  initial: BrandingInput;
  /** Saves the branding; a refusal (ApiCallError) is shown beside its fields. */
  onSave: (input: BrandingInput) => Promise<unknown>;
  saveLabel: string;
}

/**
 * Firm name, logo (PNG, or SVG drawn to PNG here; checked when saved), accent with its contrast measured as it is typed,
 * and footer line. The check here only explains; the service decides.
 */
export function BrandingForm({ initial, onSave, saveLabel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<BrandingInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const set = (patch: Partial<BrandingInput>) => {
    setValues((current) => ({ ...current, ...patch }));
    setStatus('idle');
  };
  const accent = values.accent;
  const check = accent && isHexColour(accent) ? checkAccent(accent) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    onSave(values).then(
      () => {
        setErrors({});
        setStatus('saved');
      },
      (error: unknown) => {
        setStatus('idle');
        if (!(error instanceof ApiCallError)) {
          setErrors({ form: error instanceof Error ? error.message : String(error) });
          return;
        }
        const found: Record<string, string> = {};
        for (const issue of error.body.issues ?? []) {
          const field = issue.path.replace(/^branding\./, '');
          found[field] = issue.code
            ? t(`branding.errors.${issue.code}`, { ...issue.params, defaultValue: issue.message })
            : issue.message;
        }
        setErrors(found);
      },
    );
  };

  return (
    <form className="branding-form" onSubmit={submit} noValidate>
      <Field
        label={t('branding.firmName')}
        optional={t('branding.optional')}
        error={errors.firmName}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.firmName}
            maxLength={80}
            onChange={(event) => set({ firmName: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('branding.logo')}
        optional={t('branding.optional')}
        hint={t('branding.logoHint')}
        error={errors.logoBase64}
      >
        {(control) => (
          <div className="branding-form__logo">
            {values.logoBase64 ? (
              <img
                className="branding-form__preview"
                src={`data:image/png;base64,${values.logoBase64}`}
                alt={t('branding.logoPreview')}
              />
            ) : null}
            <input
              {...control}
              type="file"
              accept="image/png,image/svg+xml,.svg"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                logoBase64Of(file).then(
                  (logoBase64) => {
                    set({ logoBase64 });
                    setErrors(({ logoBase64: _refused, ...others }) => others);
                  },
                  (error: unknown) => {
                    const code = error instanceof SvgLogoError ? error.code : 'logo-svg-unreadable';
                    setErrors((others) => ({
                      ...others,
                      logoBase64: t(`branding.errors.${code}`),
                    }));
                  },
                );
              }}
            />
            {values.logoBase64 ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => set({ logoBase64: null })}
              >
                {t('branding.removeLogo')}
              </button>
            ) : null}
          </div>
        )}
      </Field>
      <Field
        label={t('branding.accent')}
        optional={t('branding.optional')}
        hint={t('branding.accentHint', { ratio: AA_TEXT_RATIO })}
        error={errors.accent}
      >
        {(control) => (
          <div className="branding-form__accent">
            <input
              {...control}
              className="input branding-form__hex"
              value={accent ?? ''}
              placeholder="#0b4f8a"
              maxLength={7}
              onChange={(event) => set({ accent: event.target.value.trim() || null })}
            />
            <input
              type="color"
              aria-label={t('branding.accentPicker')}
              value={accent && isHexColour(accent) ? accent : '#0b4f8a'}
              onChange={(event) => set({ accent: event.target.value })}
            />
            {check ? (
              <span
                className="branding-form__sample"
                style={
                  check.ok ? { background: accent ?? undefined, color: check.text } : undefined
                }
              >
                {check.ok
                  ? t('branding.contrastOk', { ratio: check.ratio.toFixed(2) })
                  : t('branding.contrastLow', {
                      ratio: (Math.floor(check.ratio * 100) / 100).toFixed(2),
                    })}
              </span>
            ) : null}
          </div>
        )}
      </Field>
      <Field label={t('branding.footer')} optional={t('branding.optional')} error={errors.footer}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.footer}
            maxLength={160}
            onChange={(event) => set({ footer: event.target.value })}
          />
        )}
      </Field>
      <p className="field__hint">{t('branding.attribution')}</p>
      {errors.form ? (
        <p role="alert" className="notice notice--error">
          {errors.form}
        </p>
      ) : null}
      <div className="branding-form__actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {saveLabel}
        </button>
        {status === 'saved' ? <span role="status">{t('branding.saved')}</span> : null}
      </div>
    </form>
  );
}
