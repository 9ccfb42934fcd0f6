import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
import { count, useT } from '../../../i18n/i18n';
import type { DraftConcern } from '../lib/workshopDraft';
import { fieldIds } from '../lib/workshopDraft';
import type { WorkshopDraftActions } from '../hooks/useWorkshopDraft';
import { EditableList } from './EditableList';
import { EditorSection } from './EditorSection';

interface ConcernsEditorProps {
  concerns: DraftConcern[];
  errors: Record<string, string>;
  actions: Pick<WorkshopDraftActions, 'editConcern' | 'addConcern' | 'removeConcern' | 'moveConcern'>;
}

const CATEGORY_LIST_ID = 'concern-categories';

/** The concerns: the heatmap's rows, each with a one-line explanation and a category. */
export function ConcernsEditor({ concerns, errors, actions }: ConcernsEditorProps) {
  const t = useT();
  const { min, max } = LIMITS.concerns;
  const categories = [...new Set(concerns.map((c) => c.category.trim()).filter(Boolean))];
  return (
    <EditorSection
      headingId="concerns-heading"
      title={t('app.workshops.concerns.heading')}
      listId={fieldIds.concerns}
      listError={errors[fieldIds.concerns]}
      lead={t('app.workshops.concerns.lead', { max: count(max) })}
    >
      <datalist id={CATEGORY_LIST_ID}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <EditableList
        items={concerns}
        getKey={(c) => c.key}
        nameOf={(c, i) => (c.title.trim() ? t('app.workshops.quoted', { text: c.title.trim() }) : t('app.workshops.concerns.unnamed', { n: count(i + 1) }))}
        words={{
          add: t('app.workshops.concerns.add'),
          added: (n) => t('app.workshops.concerns.added', { n: count(n) }),
          atMost: t('app.workshops.concerns.atMost', { max }),
          atLeast: t('app.workshops.concerns.atLeast', { min }),
        }}
        min={min}
        max={max}
        onAdd={actions.addConcern}
        onRemove={actions.removeConcern}
        onMove={actions.moveConcern}
        fieldsClassName="editor-item__fields--concern"
        renderFields={(concern, index) => {
          const field = (name: 'title' | 'description' | 'category', props: { label: string; maxLength: number; hint?: string; list?: string }) => (
            <TextField
              id={fieldIds.concernField(concern.key, name)}
              {...props}
              value={concern[name]}
              onChange={(e) => actions.editConcern(concern.key, { [name]: e.target.value })}
              error={errors[fieldIds.concernField(concern.key, name)]}
            />
          );
          return (
            <>
              {field('title', { label: t('app.workshops.concerns.title', { n: count(index + 1) }), maxLength: LIMITS.titleLength })}
              {field('description', { label: t('app.workshops.concerns.description'), hint: t('app.workshops.concerns.descriptionHint'), maxLength: LIMITS.descriptionLength })}
              {field('category', { label: t('app.workshops.concerns.category'), list: CATEGORY_LIST_ID, maxLength: LIMITS.categoryLength })}
            </>
          );
        }}
      />
    </EditorSection>
  );
}
