import { ZWorkshopFile } from '@thinline/shared';
import type { z } from 'zod';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useImportWorkshop } from './useImportWorkshop';

/** 1 MB is far above any real workshop file (100 concerns) and keeps a wrong file from hanging the tab. */
const MAX_FILE_BYTES = 1_000_000;

export interface ImportProblem {
  title: string;
  details: string[];
}

function describePath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join(' ');
}

/** zod's issue in plain words: "roles: needs at least 2", "title: must not be empty". */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${describePath(issue.path)}: ` : '';
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    return `${where}${issue.origin === 'array' ? `needs at least ${min}` : min <= 1 ? 'must not be empty' : `needs at least ${min} characters`}`;
  }
  if (issue.code === 'too_big') {
    return `${where}${issue.origin === 'array' ? `has at most ${Number(issue.maximum)}` : `has at most ${Number(issue.maximum)} characters`}`;
  }
  if (issue.code === 'unrecognized_keys') return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return `${where}${issue.message}`;
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
      setProblem({ title: `“${file.name}” is too large`, details: ['A workshop file is a few kilobytes; choose the .json file that Export JSON made.'] });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setProblem({ title: `“${file.name}” is not a JSON file`, details: ['Choose the .json file that Export JSON made.'] });
      return;
    }
    const parsed = ZWorkshopFile.safeParse(data);
    if (!parsed.success) {
      setProblem({
        title: `“${file.name}” is not a Thinline workshop file`,
        details: parsed.error.issues.slice(0, 5).map(describeIssue),
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
