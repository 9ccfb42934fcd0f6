/** The phone's addresses: `/j` (type the code) and `/j/CODE` (the QR code's target). */
const PHONE_PATH = /^\/j(?:\/([^/]*))?\/?$/;

/** Whether `pathname` is the phone's page, and the code in it (undefined on `/j`). */
export function phonePath(pathname: string): { code: string | undefined } | null {
  const m = PHONE_PATH.exec(pathname);
  if (!m) return null;
  return { code: m[1] === undefined || m[1] === '' ? undefined : decodeURIComponent(m[1]) };
}
