import { sectionPrompt } from '../../run/section-text';
import type { ProjectorViewProps } from './view-props';

/**
 * Framing and the facilitator's own sections: what the room is asked is the whole content, so it
 * takes the screen in large type instead of a line under the title.
 */
export function PromptView({ state, language, t }: ProjectorViewProps) {
  return (
    <p className="present-prompt-large" lang={language}>
      {sectionPrompt(t, state.section, language)}
    </p>
  );
}
