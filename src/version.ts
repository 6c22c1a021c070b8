// The product's version, stamped into SARIF, JSON Lines and OCSF records. A unit test keeps it
// equal to package.json's, and the release workflow refuses a tag that disagrees with both.
export const VERSION = '0.1.0';
