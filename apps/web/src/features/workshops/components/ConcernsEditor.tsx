import { LIMITS } from '@thinline/shared';
import { TextField } from '../../../ui/Field';
import type { DraftConcern } from '../lib/workshopDraft';
import { fieldIds } from '../lib/workshopDraft';
import { EditableList } from './EditableList';

interface ConcernsEditorProps {
  concerns: DraftConcern[];
  errors: Record<string, string>;
  listError?: string;
  onEdit: (key: string, patch: Partial<Pick<DraftConcern, 'title' | 'description' | 'category'>>) => void;
  onAdd: () => string;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

const CATEGORY_LIST_ID = 'concern-categories';

/** The concerns: the heatmap's rows, each with a one-line explanation and a category. */
export function ConcernsEditor({ concerns, errors, listError, onEdit, onAdd, onRemove, onMove }: ConcernsEditorProps) {
  const categories = [...new Set(concerns.map((c) => c.category.trim()).filter(Boolean))];
  return (
    <section className="section stack" aria-labelledby="concerns-heading">
      <div>
        <h2 id="concerns-heading">Concerns</h2>
        <p className="muted" id={fieldIds.concerns} tabIndex={-1}>
          The heatmap&apos;s rows: the work someone has to own, e.g. &ldquo;Model deployment&rdquo;. The category groups rows on the heatmap. Up to {LIMITS.concerns.max}.
        </p>
        {listError ? <p className="field__error">{listError}</p> : null}
      </div>
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
        onAdd={onAdd}
        onRemove={onRemove}
        onMove={onMove}
        fieldsClassName="editor-item__fields--concern"
        renderFields={(concern, index) => {
          const id = (field: 'title' | 'description' | 'category') => fieldIds.concernField(concern.key, field);
          return (
            <>
              <TextField
                id={id('title')}
                label={`Concern ${index + 1} title`}
                value={concern.title}
                maxLength={LIMITS.titleLength}
                onChange={(e) => onEdit(concern.key, { title: e.target.value })}
                error={errors[id('title')]}
              />
              <TextField
                id={id('description')}
                label="One-line description"
                hint="Shown to participants under the title"
                value={concern.description}
                maxLength={LIMITS.descriptionLength}
                onChange={(e) => onEdit(concern.key, { description: e.target.value })}
                error={errors[id('description')]}
              />
              <TextField
                id={id('category')}
                label="Category"
                list={CATEGORY_LIST_ID}
                value={concern.category}
                maxLength={LIMITS.categoryLength}
                onChange={(e) => onEdit(concern.key, { category: e.target.value })}
                error={errors[id('category')]}
              />
            </>
          );
        }}
      />
    </section>
  );
}
