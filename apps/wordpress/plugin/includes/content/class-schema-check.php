<?php
/**
 * Runs a section of a content document through the model's schema, as valibot runs it.
 *
 * The rules come from `data/content-rules.json`, which the plugin's build writes by walking the model's own
 * valibot schema (the same source that generates `schema.json`), so nothing here restates a field or a limit.
 * What this class restates is valibot's order of checks, which decides which problems a document gets:
 * a pipe stops at a failed type, text is trimmed before it is measured, a list with a bad item is not
 * measured, an object reports every missing key and only its first unknown key (see Unknown_Keys for the
 * rest). The parity test compares the result with `parseContent` on the model's corpus.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * One run of a rule node over a decoded JSON value (objects as stdClass, lists as PHP lists).
 *
 * An issue is an array: `type` (string, array, strict_object, picklist, non_empty, max_length, regex,
 * check: the only check is the model's limit on stacked characters, `requirement` its limit),
 * `kind` (schema or validation), `input`, `expected`, `requirement`, for a regex the `message` and `pattern`
 * of its rule, and `path` (a list of `array{key: int|string, origin: string, list: bool}` where `list` says
 * the container was a JSON list).
 */
final class Schema_Check {

	/**
	 * Whether the value had the right shape all the way down (valibot's `typed`).
	 *
	 * @var bool
	 */
	public bool $typed = true;

	/**
	 * Issues found, in valibot's order.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public array $issues = array();

	/**
	 * Runs `$node` over `$value`.
	 *
	 * @param array<string, mixed> $node  A rule node.
	 * @param mixed                $value The value.
	 */
	public static function run( array $node, mixed $value ): self {
		$check = new self();
		$check->node( $node, $value );
		return $check;
	}

	/**
	 * Dispatches on the node's type, then applies its actions (a pipe).
	 *
	 * @param array<string, mixed> $node  Rule node.
	 * @param mixed                $value Value.
	 */
	private function node( array $node, mixed $value ): void {
		switch ( $node['type'] ) {
			case 'optional':
				$this->node( $node['wrapped'], $value );
				return;
			case 'string':
				if ( ! is_string( $value ) ) {
					$this->schema_issue( 'string', $value );
					return;
				}
				break;
			case 'picklist':
				if ( ! in_array( $value, $node['options'], true ) ) {
					$this->schema_issue( 'picklist', $value, self::joined_expects( $node['options'] ) );
				}
				return;
			case 'array':
				if ( ! is_array( $value ) ) {
					$this->schema_issue( 'array', $value );
					return;
				}
				foreach ( $value as $index => $item ) {
					$this->nested( $node['item'], $item, $index, false );
				}
				break;
			case 'strict_object':
				if ( ! is_object( $value ) && ! is_array( $value ) ) {
					$this->schema_issue( 'strict_object', $value );
					return;
				}
				$this->strict_object( $node, $value );
				break;
			default:
				throw new \UnexpectedValueException( 'Unknown rule node ' . $node['type'] );
		}
		$this->actions( $node['actions'] ?? array(), $value );
	}

	/**
	 * A pipe's actions after its schema: a transformation stops once there are issues; a validation
	 * runs only while the value is typed.
	 *
	 * @param array<int, array<string, mixed>> $actions Actions.
	 * @param mixed                            $value   The value (a string or a list).
	 */
	private function actions( array $actions, mixed $value ): void {
		foreach ( $actions as $action ) {
			if ( 'trim' === $action['type'] ) {
				if ( $this->issues ) {
					$this->typed = false;
					return;
				}
				$value = Js_String::trim( $value );
				continue;
			}
			if ( ! $this->typed ) {
				continue;
			}
			$failed = match ( $action['type'] ) {
				'non_empty'  => is_string( $value ) ? '' === $value : array() === $value,
				'max_length' => ( is_string( $value ) ? Js_String::length( $value ) : count( $value ) ) > $action['requirement'],
				'regex'      => ! self::matches( $action['pattern'], $value ),
				'check'      => null !== Stacked_Characters::first( $value, $action['requirement'] ),
				default      => throw new \UnexpectedValueException( 'Unknown rule action ' . $action['type'] ),
			};
			if ( $failed ) {
				$this->issues[] = array(
					'type'        => $action['type'],
					'kind'        => 'validation',
					'input'       => $value,
					'expected'    => null,
					'requirement' => $action['requirement'] ?? null,
					'message'     => $action['message'] ?? null,
					'pattern'     => $action['pattern'] ?? null,
					'path'        => array(),
				);
			}
		}
	}

	/**
	 * Whether `$text` matches a rule's pattern, read as JavaScript reads it with the `u` flag (code points,
	 * Unicode property escapes such as `\p{Cf}`; `$` only at the very end).
	 *
	 * @param string $pattern JavaScript pattern source.
	 * @param string $text    Text.
	 */
	public static function matches( string $pattern, string $text ): bool {
		return 1 === preg_match( '/' . str_replace( '/', '\/', $pattern ) . '/uD', $text );
	}

	/**
	 * A strict object: each entry in the schema's order, every missing required key, then the first key the
	 * schema does not know. A JSON list passes as an object here, as in JavaScript; its indices are keys.
	 *
	 * @param array<string, mixed> $node   Rule node.
	 * @param object|array<mixed>  $record The value.
	 */
	private function strict_object( array $node, object|array $record ): void {
		$is_list = is_array( $record );
		$present = $is_list ? array() : get_object_vars( $record );
		foreach ( $node['entries'] as $key => $entry ) {
			$key = (string) $key;
			if ( array_key_exists( $key, $present ) ) {
				$this->nested( $entry, $present[ $key ], $key, false );
			} elseif ( 'optional' !== $entry['type'] ) {
				$this->issues[] = array(
					'type'        => 'strict_object',
					'kind'        => 'schema',
					'input'       => null,
					'expected'    => '"' . $key . '"',
					'requirement' => null,
					'path'        => array( array( 'key' => $key, 'origin' => 'key', 'list' => $is_list ) ),
				);
				$this->typed    = false;
			}
		}
		$keys = $is_list ? array_map( 'strval', array_keys( $record ) ) : array_column( Js_String::entries( $record ), 0 );
		foreach ( $keys as $key ) {
			if ( ! array_key_exists( $key, $node['entries'] ) ) {
				$this->issues[] = array(
					'type'        => 'strict_object',
					'kind'        => 'schema',
					'input'       => $key,
					'expected'    => 'never',
					'requirement' => null,
					'path'        => array( array( 'key' => $key, 'origin' => 'key', 'list' => $is_list ) ),
				);
				$this->typed    = false;
				break;
			}
		}
	}

	/**
	 * Runs a child node and files its issues under `$key`.
	 *
	 * @param array<string, mixed> $node    Child rule node.
	 * @param mixed                $value   Child value.
	 * @param int|string           $key     Its key or index.
	 * @param bool                 $is_list Whether the container was a JSON list.
	 */
	private function nested( array $node, mixed $value, int|string $key, bool $is_list ): void {
		$child = self::run( $node, $value );
		foreach ( $child->issues as $issue ) {
			array_unshift( $issue['path'], array( 'key' => $key, 'origin' => 'value', 'list' => $is_list ) );
			$this->issues[] = $issue;
		}
		if ( ! $child->typed ) {
			$this->typed = false;
		}
	}

	/**
	 * What a picklist expects, written as valibot writes it (its messages quote this): `("a" | "b")`.
	 *
	 * @param array<int, string> $options Options.
	 */
	private static function joined_expects( array $options ): string {
		$quoted = array_values( array_unique( array_map( array( Problem_Messages::class, 'json_string' ), $options ) ) );
		return count( $quoted ) > 1 ? '(' . implode( ' | ', $quoted ) . ')' : ( $quoted[0] ?? 'never' );
	}

	/**
	 * The value is not of the schema's type.
	 *
	 * @param string      $type     Schema type.
	 * @param mixed       $value    The value.
	 * @param string|null $expected What was expected, for picklists.
	 */
	private function schema_issue( string $type, mixed $value, ?string $expected = null ): void {
		$this->issues[] = array(
			'type'        => $type,
			'kind'        => 'schema',
			'input'       => $value,
			'expected'    => $expected,
			'requirement' => null,
			'path'        => array(),
		);
		$this->typed    = false;
	}
}
