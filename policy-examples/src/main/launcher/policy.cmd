@echo off
rem policy: runs policy.jar, which sits beside this script, with the JVM options that start it fastest
rem (policy-examples/BENCHMARKS.md): C1 only, and the class-data archive policy.jsa when the build made one.
rem A missing archive is simply not used; one made by another JVM or for another jar is ignored by the JVM itself
rem (-Xshare:auto, with a warning on standard error). Java: %JAVA_HOME%\bin\java.exe, else java on the PATH.
rem The exit status is the command's: 0 done, 1 a fault, 2 input refused.
rem Source: policy-examples/src/main/launcher/policy.cmd; the build copies it to policy-examples/target/policy.cmd.
setlocal
set "POLICY_JAVA=java"
if defined JAVA_HOME set "POLICY_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%~dp0policy.jsa" goto without_archive
"%POLICY_JAVA%" -XX:TieredStopAtLevel=1 "-XX:SharedArchiveFile=%~dp0policy.jsa" -Xlog:disable -Xlog:all=warning:stderr -jar "%~dp0policy.jar" %*
exit /b %ERRORLEVEL%
:without_archive
"%POLICY_JAVA%" -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr -jar "%~dp0policy.jar" %*
exit /b %ERRORLEVEL%
