import type { AuthUser } from '../../common/access/auth-user';

export interface NavItem {
  text: string;
  href: string;
  current?: boolean;
  active?: boolean;
}

interface NavEntry {
  text: string;
  href: string;
  roles: AuthUser['role'][] | 'all';
}

const ENTRIES: NavEntry[] = [
  { text: 'Upload documents', href: '/upload', roles: ['admin', 'officer'] },
  { text: 'Documents', href: '/documents', roles: ['admin', 'officer', 'senior_officer'] },
  { text: 'Actions', href: '/actions', roles: ['admin', 'officer', 'service_lead', 'senior_officer'] },
  { text: 'My actions', href: '/my-actions', roles: ['service_lead'] },
  {
    text: 'Notifications',
    href: '/notifications',
    roles: ['admin', 'officer', 'service_lead', 'senior_officer'],
  },
  { text: 'Dashboard', href: '/dashboard', roles: 'all' },
  { text: 'Admin', href: '/admin', roles: ['admin'] },
  { text: 'Sign out', href: '/sign-out', roles: 'all' },
];

/** The service navigation for a user; the item for the current section is marked. */
export function navigationFor(user: AuthUser | null, path: string, csrfToken = ''): NavItem[] {
  if (!user) return [];
  return ENTRIES.filter((e) => e.roles === 'all' || e.roles.includes(user.role)).map((e) => {
    const exact = path === e.href;
    const within = !exact && path.startsWith(`${e.href}/`);
    // Auth's GET /sign-out signs out only with the session's CSRF token (a plain link cannot be forged).
    const href = e.href === '/sign-out' ? `/sign-out?_csrf=${encodeURIComponent(csrfToken)}` : e.href;
    return { text: e.text, href, ...(exact ? { current: true } : within ? { active: true } : {}) };
  });
}
