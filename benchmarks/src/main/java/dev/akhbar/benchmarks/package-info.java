/** JMH benchmarks of Akhbar's hot paths, each against a baseline measured in the same run. */
package dev.akhbar.benchmarks;
