package org.militancymonitor.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to retract a record: the version of the page the form was on, the
 * reason readers will see, and the form's one-time token.
 */
public class RetractionForm {

	@NotNull(message = "{retraction.version.required}")
	private Integer version;

	@NotBlank(message = "{retraction.reason.required}")
	@Size(max = Retraction.MAX_REASON, message = "{form.size}")
	private String reason;

	private String formToken;

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
