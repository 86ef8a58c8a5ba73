<?php
/**
 * Plugin Name: Ketahanan Lokal
 * Version: 0.0.0-dev
 */
