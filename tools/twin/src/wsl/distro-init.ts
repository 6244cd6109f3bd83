/**
 * What a command inside a distro sees of WSL's boot: its own PID namespace whose PID 1 stands in for WSL's `/init`
 * (or for systemd when the distro's wsl.conf enables it), a fresh `/proc` of that namespace, WSL's `/proc/version`,
 * and the `binfmt_misc` directory with WSL's `WSLInterop` registration when interop is on.
 *
 * The program below is Perl because the stand-in init must tell an exit code from a death by signal (a shell's
 * `wait` folds both into one number), and `perl` (Debian's essential perl-base) is on every host that has the
 * util-linux `unshare` and `chroot` the twin already needs. It runs as `unshare --mount --pid -- perl -e …`:
 *
 * - the first process stays outside the new PID namespace as a supervisor: it receives the caller's signals (so
 *   wsl.exe keeps forwarding SIGTERM/SIGINT to one process), forwards them to PID 1, and in the end exits with the
 *   command's code, or dies by the command's signal, so the caller sees exactly what the command did;
 * - its child is PID 1 of the new namespace: it names itself (`/proc/1/comm` is `systemd` or `init`, the command
 *   line `/sbin/init` or `/init`), mounts the distro's view (`/mnt`, `/proc`, `/proc/version`, `/dev`, the kernel
 *   release, `binfmt_misc`), runs the command as its child, forwards signals to it, reaps orphans as an init does,
 *   and hands the command's raw wait status to the supervisor through a pipe.
 *
 * When PID 1 exits the kernel ends every process left in the namespace, so nothing a call started outlives it, and
 * its mounts vanish with the mount namespace. Every value arrives as an argument, never as code.
 */
export const DISTRO_INIT_PROGRAM = String.raw`
use strict;
use warnings;
use POSIX ();

my ($root, $mnt, $krel, $version, $comm, $cmdline, $interop, $binfmt, @cmd) = @ARGV;
my @forward = qw(TERM INT HUP QUIT USR1 USR2);

sub fail { print STDERR "wsl twin: @_\n"; POSIX::_exit(1); }
sub run_mount { system('mount', @_) == 0 or fail("mount @_ failed"); }
sub write_file {
  my ($path, $mode, $text) = @_;
  open(my $fh, '>', $path) or fail("cannot write $path: $!");
  print {$fh} $text;
  close($fh);
  chmod($mode, $path);
}

pipe(my $status_r, my $status_w) or fail("pipe: $!");
# Signals wait until the handler knows whom to forward them to.
my $held = POSIX::SigSet->new(map { POSIX->can("SIG$_")->() } @forward);
POSIX::sigprocmask(POSIX::SIG_BLOCK(), $held);

my $init = fork() // fail("fork: $!");
if ($init == 0) {
  close($status_r);
  $0 = $cmdline;
  if (open(my $fh, '>', '/proc/self/comm')) { print {$fh} $comm; close($fh); }
  run_mount('--bind', $mnt, "$root/mnt") if -d $mnt;
  run_mount('-t', 'proc', 'proc', "$root/proc");
  run_mount('--bind', $version, "$root/proc/version");
  run_mount('--rbind', '/dev', "$root/dev");
  run_mount('--bind', $krel, "$root/usr/lib/wsl-twin/kernel-release") if -f "$root/usr/lib/wsl-twin/kernel-release";
  my $dir = "$root/proc/sys/fs/binfmt_misc";
  run_mount('-t', 'tmpfs', '-o', 'nosuid,nodev,noexec,mode=755,size=64k', 'binfmt_misc', $dir);
  write_file("$dir/register", 0200, '');
  write_file("$dir/status", 0644, "enabled\n");
  write_file("$dir/WSLInterop", 0644, $binfmt) if $interop;

  my $child = fork() // fail("fork: $!");
  if ($child == 0) {
    POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), $held);
    exec { $cmd[0] } @cmd or fail("cannot run $cmd[0]: $!");
  }
  $SIG{$_} = sub { kill($_[0], $child); } for @forward;
  POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), $held);
  my $status = 0;
  # Orphans of the namespace are PID 1's to reap; the call ends when the command does.
  while ((my $pid = waitpid(-1, 0)) > 0) {
    if ($pid == $child) { $status = $?; last; }
  }
  print {$status_w} "$status\n";
  close($status_w);
  POSIX::_exit(0);
}

close($status_w);
$SIG{$_} = sub { kill($_[0], $init); } for @forward;
POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), $held);
waitpid($init, 0);
my $line = <$status_r>;
# No status: PID 1 failed before the command ran, and said why.
POSIX::_exit(1) unless defined $line;
my $status = int($line);
my $signal = $status & 127;
POSIX::_exit($status >> 8) unless $signal;
POSIX::sigaction($signal, POSIX::SigAction->new('DEFAULT'));
POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), POSIX::SigSet->new($signal));
kill($signal, $$);
POSIX::_exit(128 + $signal);
`;

/** PID 1 as WSL starts it: systemd (`/sbin/init`, which names itself `systemd`) or WSL's own `/init`. */
export function pid1Identity(systemd: boolean): { comm: string; cmdline: string } {
  return systemd ? { comm: 'systemd', cmdline: '/sbin/init' } : { comm: 'init', cmdline: '/init' };
}

/**
 * `/proc/sys/fs/binfmt_misc/WSLInterop` as WSL registers it: Windows PE files (magic `MZ`) run by `/init`
 * (MicrosoftDocs/WSL #2514 shows the file's content on a current WSL 2).
 */
export const WSL_INTEROP_BINFMT = 'enabled\ninterpreter /init\nflags: P\noffset 0\nmagic 4d5a\n';

/**
 * `/proc/version` of a WSL kernel: Microsoft's WSL 2 kernel build line, or the fake 4.4.0 kernel of WSL 1
 * (layouts of the doctor's example transcript and of a real WSL 1 capture in the core's fixtures).
 */
export function procVersionText(kernelRelease: string, version: 1 | 2): string {
  if (version === 1) {
    return `Linux version ${kernelRelease} (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #1237-Microsoft Sat Sep 11 14:32:00 PST 2021\n`;
  }
  return `Linux version ${kernelRelease} (root@439a258ad544) (gcc (GCC) 11.2.0, GNU ld (GNU Binutils) 2.37) #1 SMP PREEMPT_DYNAMIC Thu Jun  5 18:30:46 UTC 2025\n`;
}
