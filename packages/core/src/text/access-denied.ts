// Windows' own translations of the system message "Access is denied." (ERROR_ACCESS_DENIED / E_ACCESSDENIED), in the
// display languages most seen in reports, lower-case. Windows appends it to wsl.exe errors and to the docker CLI's
// pipe errors alike, so both parsers look it up here.
export const ACCESS_DENIED_MESSAGES: readonly string[] = [
  'access is denied',
  'zugriff verweigert',
  'accès refusé',
  'acceso denegado',
  'accesso negato',
  'acesso negado',
  'toegang geweigerd',
  'odmowa dostępu',
  'отказано в доступе',
  'erişim engellendi',
  'アクセスが拒否されました',
  '拒绝访问',
  '存取被拒',
  '액세스가 거부되었습니다',
  'přístup byl odepřen',
  'åtkomst nekad',
  'adgang nægtet',
  'tilgang nektet',
  'käyttö estetty',
  'hozzáférés megtagadva',
];
