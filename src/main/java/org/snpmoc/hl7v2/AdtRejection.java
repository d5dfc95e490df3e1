package org.snpmoc.hl7v2;

/**
 * Why a message is not taken: the acknowledgment code (AR for a message the intake cannot read or does not handle,
 * AE for one it read but cannot apply), the HL7 table 0357 error code, and a reason a sender's staff can act on.
 */
public final class AdtRejection extends Exception {
	public enum Code { AE, AR }

	private final Code code;
	private final String errorCode;

	AdtRejection(Code code, String errorCode, String reason) {
		super(reason, null, false, false);
		this.code = code;
		this.errorCode = errorCode;
	}

	static AdtRejection malformed(String reason) {
		return new AdtRejection(Code.AR, "102", "malformed message: " + reason);
	}

	static AdtRejection unsupported(String errorCode, String reason) {
		return new AdtRejection(Code.AR, errorCode, reason);
	}

	static AdtRejection error(String errorCode, String reason) {
		return new AdtRejection(Code.AE, errorCode, reason);
	}

	public Code code() {
		return code;
	}

	/** HL7 table 0357 code for ERR-3. */
	public String errorCode() {
		return errorCode;
	}
}
