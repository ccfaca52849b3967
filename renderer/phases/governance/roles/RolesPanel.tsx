import { useList } from '../../../store/records';
import { useStableOrder } from '../useStableOrder';
import { RaciGrid } from './RaciGrid';
import { RoleList } from './RoleList';

/** Roles first, then who does what: the RACI matrix draws its columns from the roles above it. */
export function RolesPanel() {
  const roles = useStableOrder(useList('role'));
  const activities = useStableOrder(useList('raciActivity'));
  const cells = useList('raci');
  return (
    <>
      <RoleList roles={roles} />
      <RaciGrid roles={roles} activities={activities} cells={cells ?? []} />
    </>
  );
}
