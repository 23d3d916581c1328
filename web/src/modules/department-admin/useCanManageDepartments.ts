import { useViewerCan } from '../auth';

/** Whether the server offers the viewer 部门管理 (the menu shows the link only then): Query.viewerCan. */
export function useCanManageDepartments(): boolean {
  return useViewerCan().manageDepartments;
}
