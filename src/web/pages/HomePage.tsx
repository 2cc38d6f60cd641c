import { Navigate } from 'react-router';
import { useSession } from '../lib/session.tsx';

/** Each role starts where its work is. */
export default function HomePage() {
  const { user } = useSession();
  if (!user) return null;
  if (user.role === 'coordinator' || user.role === 'admin' || user.role === 'viewer') return <Navigate to="/ke-hoach" replace />;
  return <Navigate to="/viec-cua-don-vi" replace />;
}
