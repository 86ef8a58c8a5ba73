<?php
/**
 * The problems of one section that failed its schema, worded as the model words them (issues.ts,
 * unknown-keys.ts): one plain sentence per problem, every unknown key listed, a list in place of an object
 * reported as the wrong type rather than as unknown keys "0", "1"….
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Turns Schema_Check issues into localized problems.
 */
final class Section_Problems {

	private const SCHEMA_KINDS = array(
		'string'        => 'text',
		'array'         => 'list',
		'strict_object' => 'object',
	);

	/**
	 * Sets up the wording.
	 *
	 * @param Problem_Messages $messages Messages.
	 * @param string           $locale   Locale.
	 */
	public function __construct( private Problem_Messages $messages, private string $locale ) {
	}

	/**
	 * Problems of section `$name`, whose `$value` failed `$node` with `$issues`.
	 *
	 * @param array<string, mixed>             $node   The section's rule node.
	 * @param mixed                            $value  The section's value.
	 * @param string                           $name   Section name.
	 * @param array<int, array<string, mixed>> $issues Issues.
	 * @return array<int, array{path: string, message: string}>
	 */
	public function of( array $node, mixed $value, string $name, array $issues ): array {
		$problems = $this->from_issues( array_filter( $issues, fn ( array $issue ): bool => ! $this->is_unknown_key( $issue ) ), $name );
		foreach ( self::unknown_keys( $node, $value, array( $name ) ) as $path ) {
			$problems[] = array(
				'path'    => Problem_Messages::format_path( $path ),
				'message' => $this->messages->say( $this->locale, 'unknownKey', array( 'key' => $this->messages->quote( (string) end( $path ) ) ) ),
			);
		}
		return $problems ? $problems : $this->from_issues( $issues, $name );
	}

	/**
	 * One problem per distinct path and message.
	 *
	 * @param array<int, array<string, mixed>> $issues Issues.
	 * @param string                           $name   Section name (the path's first segment).
	 * @return array<int, array{path: string, message: string}>
	 */
	private function from_issues( array $issues, string $name ): array {
		$problems = array();
		$seen     = array();
		foreach ( $issues as $issue ) {
			$segments   = array_merge( array( $name ), array_column( $issue['path'], 'key' ) );
			$wrong_type = $this->list_in_place_of_object( $issue );
			$path       = Problem_Messages::format_path( $wrong_type ? array_slice( $segments, 0, -1 ) : $segments );
			$message    = $wrong_type
				? $this->messages->say(
					$this->locale,
					'expected',
					array(
						'expected' => $this->messages->say( $this->locale, 'object' ),
						'found'    => $this->messages->say( $this->locale, 'list' ),
					)
				)
				: $this->message_of( $issue );
			if ( isset( $seen[ $path . "\n" . $message ] ) ) {
				continue;
			}
			$seen[ $path . "\n" . $message ] = true;
			$problems[]                      = array( 'path' => $path, 'message' => $message );
		}
		return $problems;
	}

	/**
	 * The sentence for one issue.
	 *
	 * @param array<string, mixed> $issue Issue.
	 */
	private function message_of( array $issue ): string {
		$say  = fn ( string $key, array $values = array() ): string => $this->messages->say( $this->locale, $key, $values );
		$type = $issue['type'];
		if ( 'strict_object' === $type && 'never' === $issue['expected'] ) {
			return $say( 'unknownKey', array( 'key' => $this->messages->quote( (string) $issue['input'] ) ) );
		}
		if ( 'strict_object' === $type && str_starts_with( (string) $issue['expected'], '"' ) ) {
			return $say( 'required' );
		}
		if ( isset( self::SCHEMA_KINDS[ $type ] ) && 'schema' === $issue['kind'] ) {
			return $say(
				'expected',
				array(
					'expected' => $say( self::SCHEMA_KINDS[ $type ] ),
					'found'    => $say( Problem_Messages::value_kind( $issue['input'] ) ),
				)
			);
		}
		return match ( $type ) {
			'picklist'   => $say( 'oneOf', array( 'options' => str_replace( array( '"', ' | ' ), array( '', ', ' ), (string) $issue['expected'] ) ) ),
			'non_empty'  => $say( 'empty' ),
			'max_length' => $say( is_array( $issue['input'] ) ? 'tooManyItems' : 'tooLong', array( 'max' => (int) $issue['requirement'] ) ),
			'regex'      => $this->regex_message( $issue ),
			'check'      => $this->check_message( $issue ),
			default      => $say( 'invalid' ),
		};
	}

	/**
	 * A failed pattern: an address's pattern names its first hidden character and where it is (the model's
	 * hidden-characters.ts), any other pattern is the id rule.
	 *
	 * @param array<string, mixed> $issue Issue; `message` and `pattern` come from its rule action.
	 */
	private function regex_message( array $issue ): string {
		if ( 'hiddenCharacter' === $issue['message'] ) {
			$hidden = self::first_refused_character( (string) $issue['pattern'], (string) $issue['input'] );
			if ( null !== $hidden ) {
				return $this->messages->say( $this->locale, 'hiddenCharacter', $hidden );
			}
		}
		return $this->messages->say( $this->locale, 'badId' );
	}

	/**
	 * A failed check: the model's only one is its limit on stacked characters, named by place and size.
	 *
	 * @param array<string, mixed> $issue Issue; `requirement` is the limit.
	 */
	private function check_message( array $issue ): string {
		$max     = (int) $issue['requirement'];
		$stacked = Stacked_Characters::first( (string) $issue['input'], $max );
		return null === $stacked
			? $this->messages->say( $this->locale, 'invalid' )
			: $this->messages->say( $this->locale, 'stackedCharacter', array_merge( $stacked, array( 'max' => $max ) ) );
	}

	/**
	 * The first character the pattern refuses on its own, as `U+XXXX`, and its place counted in code points
	 * from 1 (as the model's firstHiddenCharacter counts, and editors count columns).
	 *
	 * @param string $pattern A rule's pattern (`^[^…]*$`).
	 * @param string $text    The text it refused.
	 * @return array{character: string, position: string}|null
	 */
	private static function first_refused_character( string $pattern, string $text ): ?array {
		preg_match_all( '/./su', $text, $characters );
		foreach ( $characters[0] as $index => $character ) {
			if ( ! Schema_Check::matches( $pattern, $character ) ) {
				return array(
					'character' => sprintf( 'U+%04X', Js_String::code_point( $character ) ),
					// Text, as the model passes it: a place is never written with digit grouping.
					'position'  => (string) ( $index + 1 ),
				);
			}
		}
		return null;
	}

	/**
	 * A JSON list where an object belongs: the object check saw its indices as keys.
	 *
	 * @param array<string, mixed> $issue Issue.
	 */
	private function list_in_place_of_object( array $issue ): bool {
		$last = end( $issue['path'] );
		return 'strict_object' === $issue['type'] && false !== $last && 'key' === $last['origin'] && $last['list'];
	}

	/**
	 * Valibot's report of the first unknown key of an object (the others come from unknown_keys()).
	 *
	 * @param array<string, mixed> $issue Issue.
	 */
	private function is_unknown_key( array $issue ): bool {
		return 'strict_object' === $issue['type'] && 'never' === $issue['expected'] && ! $this->list_in_place_of_object( $issue );
	}

	/**
	 * Paths of every unknown key, walking the value beside its rule node, in document order.
	 *
	 * @param array<string, mixed>   $node  Rule node.
	 * @param mixed                  $value Value.
	 * @param array<int, int|string> $path  Path so far.
	 * @return array<int, array<int, int|string>>
	 */
	public static function unknown_keys( array $node, mixed $value, array $path ): array {
		if ( 'optional' === $node['type'] ) {
			return self::unknown_keys( $node['wrapped'], $value, $path );
		}
		if ( 'array' === $node['type'] && is_array( $value ) ) {
			$found = array();
			foreach ( $value as $index => $item ) {
				array_push( $found, ...self::unknown_keys( $node['item'], $item, array_merge( $path, array( $index ) ) ) );
			}
			return $found;
		}
		if ( 'strict_object' !== $node['type'] || ! is_object( $value ) ) {
			return array();
		}
		$found = array();
		foreach ( Js_String::entries( $value ) as [ $key, $item ] ) {
			if ( ! array_key_exists( $key, $node['entries'] ) ) {
				$found[] = array_merge( $path, array( $key ) );
			} else {
				array_push( $found, ...self::unknown_keys( $node['entries'][ $key ], $item, array_merge( $path, array( $key ) ) ) );
			}
		}
		return $found;
	}
}
