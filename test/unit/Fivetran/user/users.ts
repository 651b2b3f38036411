// A Fivetran user as GET /v1/users/{id} returns it (UserResponse), shared by the user tests.
export const alice = {
	id: 'decent_otter',
	email: 'alice@example.com',
	given_name: 'Alice',
	family_name: 'Archer',
	role: 'Account Reviewer',
	active: true,
	verified: true,
	logged_in_at: '2026-01-01T00:00:00Z',
	created_at: '2025-01-01T00:00:00Z',
};
