import type { Role } from './roles';

/** Who is making the request, as the guards resolved it (session cookie or API token). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For service leads: the service areas they may see and change (their teams included). */
  serviceAreaIds: string[];
  via: 'session' | 'token';
}
