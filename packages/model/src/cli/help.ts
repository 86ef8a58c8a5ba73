import type { Locale } from '../locale.js';
import type { CliCommand } from './command.js';
import { cliMessages } from './messages.js';

/** The `--help` text: usage, every registered command with its summary, and the global options. */
export function helpText(commands: readonly CliCommand[], locale: Locale, only?: CliCommand): string[] {
  const messages = cliMessages(locale);
  const shown = only === undefined ? commands : [only];
  const width = Math.max(
    ...shown.map((command) => `${command.name} ${command.usage}`.length),
    '--lang <id|en>'.length,
  );
  const row = (left: string, right: string): string => `  ${left.padEnd(width)}  ${right}`;
  return [
    `${messages.usageTitle}: ketahanan ${only === undefined ? messages.commandPlaceholder : only.name} ${only?.usage ?? '…'} [--lang <id|en>]`,
    '',
    `${messages.commandsTitle}:`,
    ...shown.map((command) => row(`${command.name} ${command.usage}`, command.summary[locale])),
    '',
    `${messages.optionsTitle}:`,
    row('--lang <id|en>', messages.langOption),
    row('--help, -h', messages.helpOption),
  ];
}
