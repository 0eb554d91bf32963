package org.militancymonitor.sanctions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line import, {@code --import-un-list=FILE}, through the application's own
 * runner: its exit status and what it says for the real list, the same list again, a
 * refused file and a missing one.
 */
@PostgresSpringBootTest
class UnListCommandTests {

	@Autowired
	UnListCommand command;

	@Autowired
	JdbcClient jdbc;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void capture() {
		UnListImports.remove(this.jdbc);
		this.command.writeTo(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		this.command.writeTo(System.out, System.err);
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldImportTheListAndExitWithZero(@TempDir Path directory) throws Exception {
		Path list = Files.write(directory.resolve("consolidated-2020-03-20.xml"), UnListFiles.shared());
		assertThat(run("--import-un-list=" + list)).as(text(this.err)).isZero();
		assertThat(text(this.out)).contains("Imported " + list, "709 individuals and 305 entities", "1014 added");
		assertThat(this.jdbc.sql("select imported_by from sanctions_import").query(String.class).single())
			.startsWith("command line (");
		assertThat(run("--import-un-list=" + list)).isZero();
		assertThat(text(this.out)).contains("changed nothing");
	}

	@Test
	void shouldExitWithTwoAndTheReasonForARefusedFile(@TempDir Path directory) throws Exception {
		Path list = Files.writeString(directory.resolve("laughs.xml"),
				"<?xml version=\"1.0\"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a \"a\">]><CONSOLIDATED_LIST/>");
		assertThat(run("--import-un-list=" + list)).isEqualTo(UnListCommand.REFUSED);
		assertThat(text(this.err)).contains("declares a document type", "nothing was imported");
		assertThat(this.jdbc.sql("select count(*) from sanctions_import").query(Long.class).single()).isZero();
	}

	@Test
	void shouldExitWithOneForAMissingFileOrNoFile(@TempDir Path directory) throws Exception {
		assertThat(run("--import-un-list=" + directory.resolve("absent.xml"))).isEqualTo(UnListCommand.FAILED);
		assertThat(text(this.err)).contains("There is no file");
		assertThat(run("--import-un-list=")).isEqualTo(UnListCommand.FAILED);
		assertThat(text(this.err)).contains("--import-un-list=FILE");
	}

	@Test
	void shouldDoNothingWithoutTheOptionAndRecogniseItInTheArguments() throws Exception {
		assertThat(run("--server.port=0")).isZero();
		assertThat(text(this.out)).isEmpty();
		assertThat(UnListCommand.isRequested(new String[] { "--import-un-list=list.xml" })).isTrue();
		assertThat(UnListCommand.isRequested(new String[] { "--spring.profiles.active=dev" })).isFalse();
	}

	private int run(String... args) throws Exception {
		this.command.run(new DefaultApplicationArguments(args));
		return this.command.getExitCode();
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
