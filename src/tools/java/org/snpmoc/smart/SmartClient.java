package org.snpmoc.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OAuth flows a SMART client runs against the server, over real HTTP: client credentials for the demo system
 * client ({@code moc-demo-system}, its secret fixed by {@code moc.security.demo.system-secret}), registering logins
 * and apps through the admin API, and a standalone launch (authorization code + PKCE) signing in through the login
 * form as a browser would. Used by the bench and by the tests.
 */
public class SmartClient {
	public static final String SYSTEM_CLIENT = "moc-demo-system";
	public static final String APP_REDIRECT = "http://127.0.0.1:9/callback";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String root;
	private final String systemSecret;
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private String adminToken;
	private long adminTokenUntil;

	public SmartClient(String root, String systemSecret) {
		this.root = root;
		this.systemSecret = systemSecret;
	}

	public String root() {
		return root;
	}

	public String fhirBase() {
		return root + "/fhir";
	}

	/** POST JSON with a bearer token; the response body as JSON (status must be 200). */
	public JsonNode postJson(String path, Object body, String token) {
		try {
			HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(root + path))
					.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " failed: " + response.statusCode() + " " + response.body());
			}
			return read(response.body());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A token of the demo system client (client_secret_basic). */
	public String systemToken(String scopes) {
		JsonNode token = tokenRequest(Map.of("grant_type", "client_credentials", "scope", scopes),
				SYSTEM_CLIENT, systemSecret);
		return token.get("access_token").asText();
	}

	public JsonNode tokenRequest(Map<String, String> form, String clientId, String secret) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(form)));
		if (secret != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = send(http, request.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
		}
		return read(response.body());
	}

	public void createUser(String username, String password, List<String> fhirUsers) {
		admin("/admin/users", Map.of("username", username, "password", password, "fhirUser", fhirUsers));
	}

	/** A public SMART app (PKCE) allowed the given scopes, redirecting to {@link #APP_REDIRECT}. */
	public void createPublicApp(String clientId, List<String> scopes) {
		admin("/admin/clients", Map.of("clientId", clientId, "tokenEndpointAuthMethod", "none",
				"grantTypes", List.of("authorization_code"), "redirectUris", List.of(APP_REDIRECT), "scopes", scopes));
	}

	public void admin(String path, Object body) {
		try {
			HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(root + path))
					.header("Authorization", "Bearer " + adminToken())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " failed: " + response.statusCode() + " " + response.body());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A {@code moc.admin} token of the system client, fetched again a while before it expires. */
	public synchronized String adminToken() {
		if (adminToken == null || System.currentTimeMillis() > adminTokenUntil) {
			JsonNode token = tokenRequest(Map.of("grant_type", "client_credentials", "scope", "moc.admin"), SYSTEM_CLIENT, systemSecret);
			adminToken = token.get("access_token").asText();
			adminTokenUntil = System.currentTimeMillis() + Math.max(0, token.path("expires_in").asLong(60) - 30) * 1000;
		}
		return adminToken;
	}

	/**
	 * A standalone launch: authorize with PKCE, sign in through the form, (choose the person for a caregiver), and
	 * exchange the code. Returns the token response.
	 */
	public JsonNode standaloneLaunch(String clientId, String scopes, String username, String password, String choosePatient) {
		return launch(clientId, scopes, username, password, choosePatient, Map.of(), null);
	}

	/** A standalone launch of a confidential app: the code is exchanged with the client's secret (HTTP Basic). */
	public JsonNode confidentialLaunch(String clientId, String secret, String scopes, String username, String password) {
		return launch(clientId, scopes, username, password, null, Map.of(), secret);
	}

	/** An EHR launch: as {@link #standaloneLaunch}, with the {@code launch} id the EHR handed to the app. */
	public JsonNode ehrLaunch(String clientId, String scopes, String username, String password, String launch) {
		return launch(clientId, scopes, username, password, null, Map.of("launch", launch), null);
	}

	private JsonNode launch(String clientId, String scopes, String username, String password, String choosePatient,
			Map<String, String> extra, String secret) {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
				.cookieHandler(new CookieManager()).build();
		String verifier = randomText();
		Map<String, String> parameters = new LinkedHashMap<>(Map.of(
				"response_type", "code", "client_id", clientId, "redirect_uri", APP_REDIRECT, "scope", scopes,
				"state", "s1", "aud", fhirBase(), "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
		parameters.putAll(extra);
		String authorize = root + "/oauth2/authorize?" + form(parameters);
		HttpResponse<String> response = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
		for (int hops = 0; hops < 10; hops++) {
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
				Matcher csrf = CSRF.matcher(response.body());
				Map<String, String> login = new LinkedHashMap<>(Map.of("username", username, "password", password));
				if (csrf.find()) {
					login.put("_csrf", csrf.group(1));
				}
				response = send(browser, HttpRequest.newBuilder(URI.create(root + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form(login))).build());
				continue;
			}
			if (response.statusCode() == 200 && response.body().contains("data-patient=")) {
				Matcher link = Pattern.compile("data-patient=\"" + Pattern.quote(choosePatient) + "\" href=\"([^\"]+)\"")
						.matcher(response.body());
				if (!link.find()) {
					throw new IllegalStateException("patient " + choosePatient + " not offered: " + response.body());
				}
				response = send(browser, HttpRequest.newBuilder(URI.create(root + link.group(1).replace("&amp;", "&"))).GET().build());
				continue;
			}
			if (location == null) {
				throw new IllegalStateException("launch stopped at " + response.statusCode() + ": " + response.body());
			}
			if (location.startsWith(APP_REDIRECT)) {
				Map<String, String> answer = query(URI.create(location).getRawQuery());
				if (!answer.containsKey("code")) {
					throw new IllegalStateException("authorization refused: " + location);
				}
				return tokenRequest(Map.of("grant_type", "authorization_code", "code", answer.get("code"),
						"redirect_uri", APP_REDIRECT, "client_id", clientId, "code_verifier", verifier), clientId, secret);
			}
			URI next = URI.create(root).resolve(location);
			response = send(browser, HttpRequest.newBuilder(next).GET().build());
		}
		throw new IllegalStateException("too many redirects");
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : raw == null ? new String[0] : raw.split("&")) {
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String form(Map<String, String> values) {
		return values.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	private static String randomText() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(
					MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** GET with a bearer token (or none): status and body. */
	public HttpResponse<String> get(String pathOrUrl, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl))
				.header("Accept", "application/fhir+json, application/json;q=0.9");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(http, request.GET().build());
	}

	/** A request with a FHIR JSON body and a bearer token. */
	public HttpResponse<String> send(String method, String path, String body, String token, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : root + path))
				.header("Accept", "application/fhir+json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/fhir+json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		return send(http, request.build());
	}

	/** A request with a body of any media type. */
	public HttpResponse<String> sendRaw(String method, String path, String body, String contentType, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
				.header("Accept", "application/fhir+json").header("Content-Type", contentType)
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(http, request.build());
	}
}
