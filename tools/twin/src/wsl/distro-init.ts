/**
 * A distro instance and the WSL 2 VM as long-lived processes, so that what a command leaves running (a
 * `nohup dockerd &`) lives exactly as long as WSL lets it: until the instance is idle-terminated
 * `instanceIdleTimeout` after its last wsl.exe client exits, or the VM stops `vmIdleTimeout` after its last instance
 * (microsoft/WSL `src/windows/service/exe/Lifetime.cpp` `LifetimeManager::RegisterCallback` /
 * `s_OnClientProcessTerminated`, `LxssUserSession.cpp` `_VmCheckIdle`). The programs are Perl because PID 1 must tell
 * an exit code from a death by signal (a shell's `wait` folds both), and Debian's essential perl-base is on every
 * host that has the util-linux `unshare`/`nsenter` and `chroot` the twin needs. Every value arrives as an argument,
 * never as code. A client is a connection to a unix socket that the wsl.exe call holds open while it runs, as the
 * service holds the calling process's handle; when the last one closes, the idle timer starts (a negative timeout:
 * never), and a new client cancels it.
 */

/**
 * Shared by both keepers: a select loop over a listening socket that counts clients and exits when it has had none
 * for `$idle` ms (never when negative). `$extra` is an optional handle whose EOF ends the keeper too. The keeper
 * also ends when its own socket file is gone: the twin's machine folder was removed (a test's cleanup, a crashed
 * test process), and a keeper kept alive by `vmIdleTimeout=-1` must not outlive the machine it belongs to.
 */
const IDLE_LOOP = `
sub idle_loop {
  my ($listen, $idle, $extra, $on_exit, $watch) = @_;
  my %clients;
  # The creator connects right away (the service registers the calling process with the instance it creates), so
  # the first timer starts when the last client leaves, never before the first one came.
  my $deadline;
  while (1) {
    my $rin = '';
    vec($rin, fileno($listen), 1) = 1;
    vec($rin, fileno($_->[0]), 1) = 1 for values %clients;
    vec($rin, fileno($extra), 1) = 1 if $extra;
    my $wait = defined $deadline ? $deadline - Time::HiRes::time() : undef;
    if (defined $wait && $wait <= 0) { $on_exit->(); }
    $wait = 1 if !defined $wait || $wait > 1;
    my $n = select(my $rout = $rin, undef, undef, $wait);
    $on_exit->() unless -S $watch;
    next if $n < 0;
    if ($n == 0) { next; }
    if ($extra && vec($rout, fileno($extra), 1)) {
      my $got = sysread($extra, my $buf, 64);
      $on_exit->() unless $got;
    }
    if (vec($rout, fileno($listen), 1)) {
      my $c = $listen->accept();
      if ($c) { $clients{fileno($c)} = [$c]; $deadline = undef; }
    }
    for my $fd (keys %clients) {
      my $c = $clients{$fd}->[0];
      next unless vec($rout, $fd, 1);
      my $got = sysread($c, my $buf, 64);
      next if $got;
      delete $clients{$fd};
      close($c);
      $deadline = Time::HiRes::time() + $idle / 1000 if !%clients && $idle >= 0;
    }
  }
}
`;

/** The WSL 2 VM: `perl -e VM_PROGRAM -- socket vmIdleTimeoutMs`. Instances are its clients; it prints `ready`. */
export const VM_PROGRAM = String.raw`
use strict;
use warnings;
use POSIX ();
use Time::HiRes ();
use IO::Socket::UNIX;
${IDLE_LOOP}
my ($socket, $idle) = @ARGV;
unlink($socket);
my $listen = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => $socket, Listen => 64) or die "vm socket: $!";
my $stop = sub { unlink($socket); POSIX::_exit(0); };
$SIG{TERM} = $stop;
$SIG{INT} = $stop;
$| = 1;
print "ready\n";
open(STDOUT, '>', '/dev/null');
idle_loop($listen, $idle, undef, $stop, $socket);
`;

/**
 * One distro instance, run as `unshare --mount --pid --propagation private -- perl -e INSTANCE_PROGRAM -- …`. The
 * first process stays outside the new PID namespace as the keeper (clients, idle timer, the VM connection); its
 * child is PID 1 of the namespace: it names itself (`systemd` or `init`), mounts the distro's view (`/mnt`, `/proc`,
 * `/proc/version`, `/dev`, the kernel release, `binfmt_misc`; with systemd also a fresh `/run` holding
 * `/run/systemd/system`, and the `systemctl`/`journalctl` stand-ins of `systemd.ts`, then starts the enabled services)
 * and reaps whatever is reparented to it, for as long as the instance lives. The keeper ends the instance by killing PID 1, and the kernel then ends every process in the
 * namespace. It prints `ready <pid of PID 1>` once the view is mounted and the socket listens.
 */
export const INSTANCE_PROGRAM = String.raw`
use strict;
use warnings;
use Cwd ();
use POSIX ();
use Time::HiRes ();
use IO::Socket::UNIX;
${IDLE_LOOP}
my ($root, $mnt, $krel, $version, $comm, $cmdline, $interop, $binfmt, $socket, $idle, $vm, $systemd_tools) = @ARGV;

sub fail { print STDERR "wsl twin: @_\n"; POSIX::_exit(1); }
sub run_mount { system('mount', @_) == 0 or fail("mount @_ failed"); }
sub write_file {
  my ($path, $mode, $text) = @_;
  open(my $fh, '>', $path) or fail("cannot write $path: $!");
  print {$fh} $text;
  close($fh);
  chmod($mode, $path);
}

# A path inside the distro, resolved as the host sees it, must stay inside the distro: a symlink there with an
# absolute target would otherwise lead a mount onto the host's own files.
sub inside_root {
  my ($path) = @_;
  my $real = Cwd::realpath($path);
  my $top = Cwd::realpath($root);
  return defined $real && defined $top && index("$real/", "$top/") == 0;
}

# systemd's view (tools/twin/src/wsl/systemd.ts): a fresh tmpfs on /run holding /run/systemd/system (sd_booted's
# test), and the systemctl and journalctl stand-ins over /usr/bin (an empty file is made as the mount point when
# the distro has none).
sub systemd_view {
  my ($tools) = @_;
  mkdir("$root/run", 0755) unless -e "$root/run";
  fail("/run of the distro leaves it") unless inside_root("$root/run");
  run_mount('-t', 'tmpfs', '-o', 'nosuid,nodev,mode=755', 'tmpfs', "$root/run");
  mkdir($_, 0755) for ("$root/run/systemd", "$root/run/systemd/system");
  for my $tool ('systemctl', 'journalctl') {
    my $target = "$root/usr/bin/$tool";
    fail("$target is a symlink") if -l $target;
    fail("/usr/bin of the distro leaves it") unless inside_root("$root/usr/bin");
    write_file($target, 0644, '') unless -e $target;
    run_mount('--bind', "$tools/$tool", $target);
  }
}

# systemd's boot starts what is enabled (the twin: the services wanted by multi-user.target), in the background
# while the first call runs, as the distro's own systemctl would start them.
sub start_enabled_units {
  my $wants = "$root/etc/systemd/system/multi-user.target.wants";
  return unless -d $wants && inside_root($wants);
  opendir(my $dh, $wants) or return;
  my @units = sort grep { /\.service$/ } readdir($dh);
  closedir($dh);
  return unless @units;
  my $pid = fork();
  return if !defined $pid || $pid;
  open(STDIN, '<', '/dev/null');
  open(STDOUT, '>', '/dev/null');
  open(STDERR, '>', '/dev/null');
  $ENV{PATH} = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  exec('chroot', $root, '/bin/sh', '/usr/bin/systemctl', 'start', @units) or POSIX::_exit(1);
}

pipe(my $up_r, my $up_w) or fail("pipe: $!");
my $init = fork() // fail("fork: $!");
if ($init == 0) {
  close($up_r);
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
  systemd_view($systemd_tools) if $systemd_tools ne '-';
  # The files were copied into the namespace's mounts: the host side may go.
  print {$up_w} "up\n";
  close($up_w);
  start_enabled_units() if $systemd_tools ne '-';
  # Orphans of the instance are PID 1's to reap; a SIGCHLD ends the wait for a first child.
  $SIG{CHLD} = sub { };
  while (1) {
    my $pid = waitpid(-1, 0);
    sleep(3600) if $pid <= 0;
  }
}

close($up_w);
my $line = <$up_r>;
fail("PID 1 did not come up") unless defined $line;
my $vm_conn;
if ($vm ne '-') {
  $vm_conn = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Peer => $vm) or do { kill('KILL', $init); fail("vm: $!"); };
}
unlink($socket);
my $listen = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => $socket, Listen => 64)
  or do { kill('KILL', $init); fail("instance socket: $!"); };
my $stop = sub { kill('KILL', $init); waitpid($init, 0); unlink($socket); POSIX::_exit(0); };
$SIG{TERM} = $stop;
$SIG{INT} = $stop;
$SIG{CHLD} = sub { $stop->() if waitpid($init, POSIX::WNOHANG()) == $init; };
$| = 1;
print "ready $init\n";
open(STDOUT, '>', '/dev/null');
idle_loop($listen, $idle, $vm_conn, $stop, $socket);
`;

/**
 * One command inside a running instance, run as `nsenter --target <PID 1> --mount --pid --no-fork -- perl -e
 * RUN_PROGRAM -- <control fd> command…`. This process stands for WSL 2's relay (microsoft/WSL
 * `src/linux/init/init.cpp` `CreateProcessUtilityVm`): it is in the instance's mount namespace but outside its PID
 * namespace, and it starts the command with `forkpty`'s effect: the command leads a new session whose controlling
 * terminal is a pty this process holds the master of (`CreateProcessCommon` then execs in that child). It forwards
 * no signal. The control fd is wsl.exe's end of the relay's terminal-control channel: when it reaches EOF (wsl.exe
 * exited or was killed), the relay leaves its loop and closes the master, and the kernel hangs the terminal up:
 * SIGHUP and SIGCONT to the session leader, SIGHUP to the terminal's foreground process group. When the command
 * itself exits, the kernel sends SIGHUP to that group too (a controlling process ended). Without a usable
 * `/dev/ptmx` the client-gone hangup is sent by hand (and the command's own exit hangs nothing up). In the end it
 * exits with the command's code or dies by the command's signal. What the command leaves behind is reparented to
 * PID 1.
 */
export const RUN_PROGRAM = `
use strict;
use warnings;
use POSIX ();
my ($control_fd, @cmd) = @ARGV;
my $control;
if ($control_fd ne '-') { open($control, '<&=', $control_fd + 0) or die "control fd: $!"; }
# TIOCSPTLCK, TIOCGPTPEER, TIOCSCTTY (asm-generic/ioctls.h); O_RDWR | O_NOCTTY | O_CLOEXEC.
my ($master, $slave);
if (open($master, '+<', '/dev/ptmx')) {
  my $unlock = pack('i', 0);
  if (ioctl($master, 0x40045431, $unlock)) {
    my $fd = ioctl($master, 0x5441, 2 | 0400 | 02000000);
    open($slave, '+<&=', $fd + 0) or undef $slave if defined $fd;
  }
  undef $master unless $slave;
}
pipe(my $wake_r, my $wake_w) or die "pipe: $!";
$SIG{CHLD} = sub { syswrite($wake_w, 'x'); };
my $child = fork() // die "fork: $!";
if ($child == 0) {
  $SIG{CHLD} = 'DEFAULT';
  POSIX::setsid();
  if ($slave) { ioctl($slave, 0x540E, 0); close($slave); }
  close($control) if $control;
  exec { $cmd[0] } @cmd or do { print STDERR "wsl twin: cannot run $cmd[0]: $!
"; POSIX::_exit(1); };
}
close($slave) if $slave;
my $status;
while (1) {
  my $pid = waitpid($child, POSIX::WNOHANG());
  if ($pid == $child) { $status = $?; last; }
  my $rin = '';
  vec($rin, fileno($wake_r), 1) = 1;
  vec($rin, fileno($control), 1) = 1 if $control;
  my $n = select(my $rout = $rin, undef, undef, undef);
  next if $n <= 0;
  sysread($wake_r, my $drop, 64) if vec($rout, fileno($wake_r), 1);
  if ($control && vec($rout, fileno($control), 1)) {
    my $got = sysread($control, my $buf, 64);
    next if $got;
    # wsl.exe is gone: hang the terminal up, as closing the relay's pty master does.
    if ($master) { close($master); }
    else { kill('HUP', $child); kill('CONT', $child); kill('HUP', -$child); }
    POSIX::_exit(0);
  }
}
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
