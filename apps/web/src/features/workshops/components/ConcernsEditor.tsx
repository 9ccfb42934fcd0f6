import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
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
  const categories = [...new Set(concerns.map((c) => c.category.trim()).filter(Boolean))];
  return (
    <EditorSection headingId="concerns-heading" title="Concerns" listId={fieldIds.concerns} listError={errors[fieldIds.concerns]} lead={<>The heatmap&apos;s rows: the work someone has to own, e.g. &ldquo;Model deployment&rdquo;. The category groups rows on the heatmap. Up to {LIMITS.concerns.max}.</>}>
      <datalist id={CATEGORY_LIST_ID}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <EditableList
        items={concerns}
        getKey={(c) => c.key}
        noun="concern"
        nameOf={(c, i) => (c.title.trim() ? `“${c.title.trim()}”` : `concern ${i + 1}`)}
        min={LIMITS.concerns.min}
        max={LIMITS.concerns.max}
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
              {field('title', { label: `Concern ${index + 1} title`, maxLength: LIMITS.titleLength })}
              {field('description', { label: 'One-line description', hint: 'Shown to participants under the title', maxLength: LIMITS.descriptionLength })}
              {field('category', { label: 'Category', list: CATEGORY_LIST_ID, maxLength: LIMITS.categoryLength })}
            </>
          );
        }}
      />
    </EditorSection>
  );
}
