package org.militancymonitor.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports a UN list from the command line,
 * {@code java -jar app.jar --import-un-list=FILE}, and exits: the application starts
 * without serving (no HTTP port, no warm-up), imports the file as the upload page does,
 * says what the import did, and ends with status 0 (the list imported, or recorded as
 * unchanged or older), 2 (the file refused: not a UN list, malformed or hostile; nothing
 * imported) or 1 (the file or the database could not be read).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnListCommand implements ApplicationRunner, ExitCodeGenerator {

	/** The option naming the file. */
	public static final String OPTION = "import-un-list";

	/** The status of a file refused as a UN list. */
	static final int REFUSED = 2;

	/** The status of an import that could not run. */
	static final int FAILED = 1;

	private final UnListImport imports;

	private final MessageSource messages;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	UnListCommand(UnListImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** Whether the command line asks for an import. */
	public static boolean isRequested(String[] args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--" + OPTION + "=") || arg.equals("--" + OPTION));
	}

	/**
	 * Runs the application for the import alone and gives its exit status: the arguments
	 * with no HTTP port and no warm-up, which outrank any other setting.
	 */
	public static int importAndExit(Class<?> application, String[] args) {
		String[] command = Stream
			.concat(Arrays.stream(args),
					Stream.of("--server.port=-1", "--militancy.warm-up.duration=0", "--spring.main.banner-mode=off"))
			.toArray(String[]::new);
		try {
			ConfigurableApplicationContext context = new SpringApplication(application).run(command);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			System.err
				.println("The UN list was not imported: the application could not start (" + ex.getMessage() + ").");
			return FAILED;
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exitCode = 0;
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> files = args.getOptionValues(OPTION);
		if (files == null || files.size() != 1 || files.get(0).isBlank()) {
			this.err.println(message("sanctions.command.usage"));
			this.exitCode = FAILED;
			return;
		}
		Path file = Path.of(files.get(0));
		UnList list;
		long started = System.nanoTime();
		try (InputStream in = Files.newInputStream(file)) {
			list = UnListParser.parse(in);
		}
		catch (NoSuchFileException ex) {
			this.err.println(message("sanctions.command.noFile", file));
			this.exitCode = FAILED;
			return;
		}
		catch (IOException ex) {
			this.err.println(message("sanctions.command.unreadable", file, ex.getMessage()));
			this.exitCode = FAILED;
			return;
		}
		catch (UnListRefusal refusal) {
			this.err.println(message("sanctions.command.refused", file, refusal.describe(this.messages)));
			this.exitCode = REFUSED;
			return;
		}
		try {
			String by = "command line (" + System.getProperty("user.name", "unknown") + ")";
			long parsed = System.nanoTime();
			UnListImport.Outcome outcome = this.imports.run(list, String.valueOf(file.getFileName()), by, null);
			long done = System.nanoTime();
			this.out.println(message("sanctions.command.done." + outcome.kind().name(), file,
					list.dateGeneratedAsStated(), list.individuals(), list.entities(), outcome.added(),
					outcome.amended(), outcome.delisted(), outcome.relisted(), outcome.linked(), outcome.queued(),
					outcome.importId(), (done - started) / 1_000_000, (parsed - started) / 1_000_000));
			this.exitCode = 0;
		}
		catch (RuntimeException ex) {
			this.err.println(message("sanctions.command.failed", file, ex.getMessage()));
			this.exitCode = FAILED;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** Where the command writes, for a test to read. */
	void writeTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, java.util.Locale.ENGLISH);
	}

}
