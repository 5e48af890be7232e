/**
 * The {@code policy} command-line tool ({@link org.zhongchuang.policy.examples.cli.PolicyCli}): one subcommand per
 * calculator, a catalogue listing and the demo, each with a readable report or one JSON object.
 */
package org.zhongchuang.policy.examples.cli;
