import { JoinCodePage, ParticipantPage } from './components/ParticipantPage';
import { phonePath } from './phone-path';

/**
 * The phone page on its own, without the router or any other screen: what a phone opening
 * the QR code's address downloads (main.tsx loads it for /j and /j/CODE).
 */
export function PhoneApp({ pathname }: { pathname: string }) {
  const code = phonePath(pathname)?.code;
  return code === undefined ? <JoinCodePage /> : <ParticipantPage code={code} />;
}
