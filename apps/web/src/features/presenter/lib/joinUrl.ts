/** The address a participant opens to join: what the QR code encodes. */
export function joinUrl(joinCode: string, origin: string = window.location.origin): string {
  return `${origin}/j/${encodeURIComponent(joinCode)}`;
}

/** The address without the scheme, shorter to read off a projector: "thinline.example/j/AB3K7Q". */
export function displayJoinUrl(joinCode: string, origin: string = window.location.origin): string {
  return joinUrl(joinCode, origin).replace(/^https?:\/\//, '');
}
