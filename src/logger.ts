// Where progress and problems are told: the host decides (the Actions log, a terminal).
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}
