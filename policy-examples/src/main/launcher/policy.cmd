@echo off
rem policy: runs policy.jar, which sits beside this script, with the JVM options that start it fastest
rem (policy-examples/BENCHMARKS.md; the POSIX launcher `policy` explains each): C1 only, the serial collector, no
rem hsperfdata, and the class-data archive policy.jsa when the build made one. A missing archive is simply not used;
rem one made by another JVM or for another jar is ignored by the JVM itself. JVM warnings go to standard error.
rem Java: %JAVA_HOME%\bin\java.exe, else java on the PATH. The exit status is the command's: 0 done, 1 a fault,
rem 2 input refused.
rem Source: policy-examples/src/main/launcher/policy.cmd; the build copies it to policy-examples/target/policy.cmd.
setlocal
set "POLICY_JAVA=java"
if defined JAVA_HOME set "POLICY_JAVA=%JAVA_HOME%\bin\java.exe"
set "POLICY_OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr"
if not exist "%~dp0policy.jsa" goto without_archive
"%POLICY_JAVA%" %POLICY_OPTIONS% "-XX:SharedArchiveFile=%~dp0policy.jsa" -jar "%~dp0policy.jar" %*
exit /b %ERRORLEVEL%
:without_archive
"%POLICY_JAVA%" %POLICY_OPTIONS% -jar "%~dp0policy.jar" %*
exit /b %ERRORLEVEL%
