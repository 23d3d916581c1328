// The role enum is defined with the viewer, in shared/, because access checks in every module need it.
export { UserRole } from '../../shared/viewer';
