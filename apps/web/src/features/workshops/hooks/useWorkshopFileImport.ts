import { ZWorkshopFile } from '@thinline/shared';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../../i18n/i18n';
import { describeFileIssue } from '../lib/workshopFile';
import { useImportWorkshop } from './useImportWorkshop';

/** 1 MB is far above any real workshop file (100 concerns) and keeps a wrong file from hanging the tab. */
const MAX_FILE_BYTES = 1_000_000;

export interface ImportProblem {
  title: string;
  details: string[];
}

/**
 * Import a workshop JSON file (the format Export makes): read and check it here with the
 * shared schema, so a wrong file gets a precise message, then POST it and open the editor.
 */
export function useWorkshopFileImport() {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const importWorkshop = useImportWorkshop();
  const navigate = useNavigate();

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // the same file chosen again must fire change again
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    importWorkshop.reset();
    if (file.size > MAX_FILE_BYTES) {
      setProblem({ title: t('app.workshops.import.tooLarge', { file: file.name }), details: [t('app.workshops.import.tooLargeDetail')] });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setProblem({ title: t('app.workshops.import.notJson', { file: file.name }), details: [t('app.workshops.import.notJsonDetail')] });
      return;
    }
    const parsed = ZWorkshopFile.safeParse(data);
    if (!parsed.success) {
      setProblem({
        title: t('app.workshops.import.notWorkshop', { file: file.name }),
        details: parsed.error.issues.slice(0, 5).map(describeFileIssue),
      });
      return;
    }
    importWorkshop.mutate(parsed.data, { onSuccess: (workshop) => void navigate(`/workshops/${workshop.id}`) });
  };

  return {
    inputProps: {
      ref: input,
      type: 'file' as const,
      accept: 'application/json,.json',
      className: 'visually-hidden',
      tabIndex: -1,
      'aria-hidden': true,
      onChange: (e: ChangeEvent<HTMLInputElement>) => void onChange(e),
    },
    open: () => input.current?.click(),
    problem,
    error: importWorkshop.error,
    isPending: importWorkshop.isPending,
  };
}
