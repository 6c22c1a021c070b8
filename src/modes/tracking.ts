// The label and key of a person's tracking issue, shared by offboard mode (which writes them)
// and audit mode (which reads them to know who was offboarded).
export const TRACKING_LABEL = 'offboarding';

export function trackingKey(login: string): string {
  return `offboard:${login.toLowerCase()}`;
}
