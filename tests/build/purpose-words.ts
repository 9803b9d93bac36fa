/**
 * Words that would tell a reader of the public store page what the private space is for, in
 * English and Spanish. The listing, the privacy statement and the screenshots must not use
 * them (the manifest has its own, stricter list in manifest.test.ts: there even "private" is out).
 */
export const PURPOSE_WORDS =
  /haven|abuse|abusive|narciss|journal|diary|safety|escape|panic|victim|violence|coerci|partner|helpline|evidence|abuso|maltrato|narcis|diario|seguridad|p[aá]nico|huir|violencia|v[ií]ctima|pareja|pruebas/i;
