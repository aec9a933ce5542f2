/**
 * The command line of the editors' data commands (check:data, data:diff, data:bom): an optional data
 * folder and nothing else. `--help` prints what the command does; anything else that is not a folder
 * gets one plain line and the usage, before the command reads or writes a file.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataDir } from './load.ts';

export interface DataCommand {
  /** As the editor types it, e.g. "npm run check:data". */
  readonly name: string;
  /** What the command does, in a sentence or two. */
  readonly summary: string;
}

export type DataFolderArgument = { readonly folder: string } | { readonly exit: number; readonly message: string };

function usage(command: DataCommand): string {
  return [
    command.summary,
    '',
    'Usage:',
    `  ${command.name}                     uses the project's data/ folder`,
    `  ${command.name} -- <data folder>    uses another folder (for example a copy of data/)`,
  ].join('\n');
}

/** The folder the command should use, or what to print and the exit code (0 for --help, 2 otherwise). */
export function parseDataFolderArgument(args: readonly string[], command: DataCommand): DataFolderArgument {
  if (args.some((a) => a === '--help' || a === '-h')) return { exit: 0, message: usage(command) };
  const option = args.find((a) => a.startsWith('-'));
  if (option !== undefined) return { exit: 2, message: `${command.name} has no option "${option}".\n\n${usage(command)}` };
  if (args.length > 1)
    return { exit: 2, message: `${command.name} takes one data folder at most; got ${args.length}: ${args.join(' ')}\n\n${usage(command)}` };
  const folder = args[0] ?? dataDir();
  if (existsSync(folder) && statSync(folder).isFile())
    return {
      exit: 2,
      message: `${command.name}: "${folder}" is a file; the command reads a whole folder: ${command.name} -- ${dirname(folder)}\n\n${usage(command)}`,
    };
  if (!existsSync(folder)) return { exit: 2, message: `${command.name}: there is no folder "${folder}".\n\n${usage(command)}` };
  return { folder };
}

/** For a command's entry point: the folder, or the message printed and the process ended. */
export function dataFolderFromCommandLine(command: DataCommand): string {
  const parsed = parseDataFolderArgument(process.argv.slice(2), command);
  if ('folder' in parsed) return parsed.folder;
  (parsed.exit === 0 ? console.log : console.error)(parsed.message);
  process.exit(parsed.exit);
}
