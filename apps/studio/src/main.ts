import './studio.css';
import './studio-app.js';
