import type { TAnswerSubmit, TPublicSession } from '@thinline/shared';
import { type ReactNode, useState } from 'react';
import { type AnswerDraft, EMPTY_DRAFT, draftEquals, draftFromAnswer, toSubmission } from '../answer-draft';
import { contractsLoaded, loadContracts } from '../contracts';
import { type Position, initialPosition, nextPosition, previousPosition } from '../flow';
import { type Outbox, newAnswerId, pendingFor } from '../outbox';
import { type ParticipantModel, concernState, saveStateFor, savedThisRound, visibleResult } from '../session-model';
import { ConcernScreen } from './ConcernScreen';
import { FlowFooter } from './FlowFooter';
import { LastSaveLine } from './LastSaveLine';
import { SummaryScreen } from './SummaryScreen';
import { useT } from '../../../i18n/i18n';

interface AnswerFlowProps {
  model: ParticipantModel;
  session: TPublicSession;
  outbox: Outbox;
  /** the server asked the phone to try again later */
  stalled: boolean;
  submit: (answer: TAnswerSubmit) => void;
  /** shown under the review screen (the personal resume link) */
  summaryExtra?: ReactNode;
}

function isEmpty(d: AnswerDraft): boolean {
  return d.choice === null && d.confidence === null && d.comment.trim() === '';
}

/** The answering part of a live session: one concern per screen, back/next, and the summary. */
export function AnswerFlow({ model, session, outbox, stalled, submit, summaryExtra }: AnswerFlowProps) {
  const t = useT();
  const { concerns, roles } = session;
  const mode = session.settings.answerMode;
  const round = model.state?.round ?? 1;
  const led = model.state?.pacing === 'facilitator-led';
  const current = led ? (model.state?.currentConcernId ?? null) : null;
  const states = concerns.map((c) => concernState(model, c.id));

  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [formError, setFormError] = useState<{ concernId: string; message: string } | null>(null);
  const [lastSubmitted, setLastSubmitted] = useState<string | null>(null);
  const [position, setPosition] = useState<Position>(() =>
    initialPosition(
      states,
      concerns.findIndex((c) => c.id === current),
      concerns.map((c) => savedThisRound(model, c.id) !== null || pendingFor(outbox, c.id) !== undefined),
    ),
  );
  // facilitator-led: the phone follows the facilitator's current concern
  const [followed, setFollowed] = useState(current);
  if (current !== followed) {
    setFollowed(current);
    const i = concerns.findIndex((c) => c.id === current);
    if (i >= 0) setPosition(i);
  }

  const baselineOf = (concernId: string) => pendingFor(outbox, concernId)?.answer ?? savedThisRound(model, concernId);
  const draftOf = (concernId: string): AnswerDraft => {
    // a locked concern shows what was saved, not what was being typed when it locked
    const own = concernState(model, concernId) === 'locked' ? undefined : drafts[concernId];
    if (own) return own;
    const known = pendingFor(outbox, concernId)?.answer ?? model.saved[concernId];
    return known ? draftFromAnswer(known) : EMPTY_DRAFT;
  };
  const saveStateOf = (concernId: string) => {
    const draft = draftOf(concernId);
    return saveStateFor(model, concernId, pendingFor(outbox, concernId), draftEquals(draft, savedThisRound(model, concernId)), isEmpty(draft), stalled);
  };

  const go = (to: Position) => {
    setFormError(null);
    setPosition(to);
  };

  if (position === 'summary') {
    const items = concerns.map((concern, i) => ({
      concern,
      availability: states[i] ?? 'open',
      saveState: saveStateOf(concern.id),
      revealed: visibleResult(model, concern.id) !== null,
    }));
    const back = previousPosition(states, 'summary');
    return (
      <>
        <SummaryScreen items={items} onOpen={go} />
        {summaryExtra}
        <FlowFooter onBack={back === null ? null : () => go(back)} primary={null} />
      </>
    );
  }

  const index = Math.min(position, concerns.length - 1);
  const concern = concerns[index];
  if (!concern) return null;
  const availability = states[index] ?? 'open';
  const draft = draftOf(concern.id);
  const baseline = baselineOf(concern.id);
  const dirty = availability === 'open' && (baseline ? !draftEquals(draft, baseline) : !isEmpty(draft));
  const next = nextPosition(states, index);
  const back = previousPosition(states, index);

  const save = () => {
    // loaded when the person joined; in the rare case it is still on its way, save once it is
    if (!contractsLoaded()) {
      void loadContracts().then(save);
      return;
    }
    const result = toSubmission(draft, { answerId: newAnswerId(), concernId: concern.id }, mode);
    if (!result.ok) {
      setFormError({ concernId: concern.id, message: result.message });
      return;
    }
    setDrafts((d) => ({ ...d, [concern.id]: draft }));
    setLastSubmitted(concern.id);
    submit(result.answer);
    // facilitator-led: stay and let the facilitator move the room on
    if (!led) go(next);
    else setFormError(null);
  };

  const lastConcern = lastSubmitted && lastSubmitted !== concern.id ? concerns.find((c) => c.id === lastSubmitted) : undefined;
  const lastLine = lastConcern ? <LastSaveLine title={lastConcern.title} state={saveStateOf(lastConcern.id)} /> : null;

  let primary: { label: string; onClick: () => void };
  if (dirty) primary = { label: led || next === 'summary' ? t('phone.answer.footer.save') : t('phone.answer.footer.saveNext'), onClick: save };
  // nothing picked yet: moving on skips this question, and the button says so
  else {
    const label = next === 'summary' ? t('phone.answer.footer.review') : isEmpty(draft) && availability === 'open' ? t('phone.answer.footer.skip') : t('phone.answer.footer.next');
    primary = { label, onClick: () => go(next) };
  }

  return (
    <>
      <ConcernScreen
        key={concern.id}
        concern={concern}
        index={index}
        total={concerns.length}
        roles={roles}
        mode={mode}
        availability={availability}
        draft={draft}
        onDraft={(d) => {
          setFormError(null);
          setDrafts((all) => ({ ...all, [concern.id]: d }));
        }}
        saveState={saveStateOf(concern.id)}
        round={round}
        formError={formError?.concernId === concern.id ? formError.message : null}
        result={visibleResult(model, concern.id)}
      />
      <FlowFooter onBack={back === null ? null : () => go(back)} primary={primary} onSummary={() => go('summary')} status={lastLine} />
    </>
  );
}
