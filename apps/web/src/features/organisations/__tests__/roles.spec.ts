import { showLocale } from '../../../i18n/__tests__/show-locale';
import { roleHint, roleLabel } from '../api';

describe('an organisation role in words', () => {
  it('names each role and what it may do, in English and in Spanish', () => {
    showLocale('en');
    expect([roleLabel('owner'), roleLabel('facilitator'), roleLabel('viewer')]).toEqual(['Owner', 'Facilitator', 'Viewer']);
    expect(roleHint('viewer')).toBe('reads every session, its reports and exports; changes nothing');
    showLocale('es');
    expect([roleLabel('owner'), roleLabel('facilitator'), roleLabel('viewer')]).toEqual(['Propietario', 'Facilitador', 'Lector']);
    expect(roleHint('facilitator')).toBe('edita los talleres y dirige sus sesiones');
  });
});
